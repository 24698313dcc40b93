namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Compares records by trainee-course pair, which is the unit a corrected file replaces.</summary>
internal static class LearningPairs
{
    /// <summary>
    /// Returns the pairs in <paramref name="incoming"/> whose sessions differ from the current ones. Row numbers do
    /// not count, so the same rows in another order or under another title change nothing.
    /// </summary>
    public static HashSet<(int TraineeId, int CourseId)> FindChanged(
        IReadOnlyList<LearningRow> current,
        IReadOnlyList<LearningRow> incoming)
    {
        var currentByPair = Group(current);
        var changed = new HashSet<(int, int)>();
        foreach (var (pair, sessions) in Group(incoming))
        {
            if (!currentByPair.TryGetValue(pair, out var saved) || !saved.SetEquals(sessions))
            {
                changed.Add(pair);
            }
        }

        return changed;
    }

    private static Dictionary<(int, int), HashSet<Session>> Group(IReadOnlyList<LearningRow> rows)
    {
        var groups = new Dictionary<(int, int), HashSet<Session>>();
        foreach (var row in rows)
        {
            var pair = (row.TraineeId, row.CourseId);
            if (!groups.TryGetValue(pair, out var sessions))
            {
                sessions = [];
                groups[pair] = sessions;
            }

            sessions.Add(new Session(row.StartedAt, row.EndedAt, row.Hours, row.Completed, row.PlatformAccount));
        }

        return groups;
    }

    private readonly record struct Session(DateTime StartedAt, DateTime EndedAt, decimal Hours, bool Completed,
        string? PlatformAccount);
}
