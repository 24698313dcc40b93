namespace TrainingSubsidy.Core.OnlineTraining.SpotChecks;

/// <summary>
/// Draws a spot-check sample that can be reproduced from its seed. It uses its own SplitMix64 generator rather
/// than System.Random, whose seeded sequence .NET does not promise to keep across versions.
/// </summary>
public static class SpotCheckSampler
{
    /// <summary>Sample size: the rate times the population rounded up, at least the minimum, at most everyone.</summary>
    public static int SampleSize(int population, decimal rate, int minimum)
    {
        if (population <= 0)
        {
            return 0;
        }

        var byRate = (int)decimal.Ceiling(population * rate);
        return Math.Min(population, Math.Max(minimum, byRate));
    }

    /// <summary>
    /// Picks <paramref name="count"/> of the trainee ids with a partial Fisher-Yates shuffle. The ids are sorted
    /// first, so the result depends only on the set of ids, the count and the seed.
    /// </summary>
    public static IReadOnlyList<int> Draw(IEnumerable<int> traineeIds, int count, int seed)
    {
        var pool = traineeIds.Order().ToArray();
        count = Math.Min(count, pool.Length);
        var state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 1);
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..count].Order().ToArray();
    }

    private static ulong Next(ref ulong state)
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        var z = state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
