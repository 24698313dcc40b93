using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

public enum LearningFlagKind
{
    /// <summary>One trainee in two sessions at the same time.</summary>
    OverlappingSessions,

    /// <summary>More hours in one day than the policy's daily maximum.</summary>
    TooManyHoursInDay,

    /// <summary>Many trainees with exactly the same start and end times, as a copied sheet would have.</summary>
    IdenticalTimes,

    /// <summary>A trainee under 16 or past statutory retirement age during training.</summary>
    AgeOutsideWorkingRange,
}

/// <summary>A sheet row behind a flag: the import batch and the row number in that batch's file.</summary>
public readonly record struct LearningRowReference(int BatchId, int RowNumber);

/// <summary>A suspicious pattern for the reviewer to check. A flag never blocks approval or payment.</summary>
public sealed record LearningFlag(LearningFlagKind Kind, string Description, IReadOnlyList<LearningRowReference> Rows)
{
    /// <summary>The rows as text, e.g. 批次2第5行、批次2第9行, listing at most 20.</summary>
    public string RowsText => string.Join("、", Rows.Take(20).Select(row => $"批次{row.BatchId}第{row.RowNumber}行")) +
        (Rows.Count > 20 ? $" 等{Rows.Count}行" : string.Empty);
}

/// <summary>The facts of a current learning record that the flags look at.</summary>
public readonly record struct FlaggedRecord(int TraineeId, DateTime StartedAt, DateTime EndedAt, decimal Hours,
    int BatchId, int RowNumber)
{
    public LearningRowReference Reference => new(BatchId, RowNumber);
}

/// <summary>Finds suspicious patterns in a plan's current learning records.</summary>
public static class LearningFlags
{
    /// <summary>Minimum number of trainees with one start and end time that makes a flag. Fewer can be a live class.</summary>
    public const int IdenticalTimesThreshold = 5;

    /// <summary>Minimum working age in China: a trainee must be at least 16 when training starts.</summary>
    public const int MinimumAge = 16;

    /// <summary>
    /// Statutory retirement ages in force in 2020: 60 for men and 50 for women workers. Women in cadre posts
    /// retired at 55, but the roster does not say who is in such a post, so the lower age is used and the
    /// reviewer judges.
    /// </summary>
    public const int RetirementAgeMen = 60;

    public const int RetirementAgeWomen = 50;

    public static IReadOnlyList<LearningFlag> Find(
        IReadOnlyList<FlaggedRecord> records,
        IReadOnlyDictionary<int, Trainee> trainees,
        decimal maxDailyHours,
        DateOnly today)
    {
        var flags = new List<LearningFlag>();
        foreach (var group in records.GroupBy(record => record.TraineeId))
        {
            var trainee = trainees[group.Key];
            var sessions = group.OrderBy(record => record.StartedAt).ToList();
            flags.AddRange(FindOverlaps(trainee, sessions));
            flags.AddRange(FindLongDays(trainee, sessions, maxDailyHours));
            var ageFlag = CheckAge(trainee, sessions, today);
            if (ageFlag is not null)
            {
                flags.Add(ageFlag);
            }
        }

        flags.AddRange(FindIdenticalTimes(records, trainees));
        return flags;
    }

    private static IEnumerable<LearningFlag> FindOverlaps(Trainee trainee, List<FlaggedRecord> sessions)
    {
        var latest = sessions[0];
        for (var index = 1; index < sessions.Count; index++)
        {
            var session = sessions[index];
            if (session.StartedAt < latest.EndedAt)
            {
                yield return new LearningFlag(LearningFlagKind.OverlappingSessions,
                    $"{trainee.Name}的两次学习时间重叠：{latest.StartedAt:MM-dd HH:mm}-{latest.EndedAt:HH:mm} 与 " +
                    $"{session.StartedAt:MM-dd HH:mm}-{session.EndedAt:HH:mm}",
                    [latest.Reference, session.Reference]);
            }

            if (session.EndedAt > latest.EndedAt)
            {
                latest = session;
            }
        }
    }

    private static IEnumerable<LearningFlag> FindLongDays(Trainee trainee, List<FlaggedRecord> sessions,
        decimal maxDailyHours) =>
        sessions
            .GroupBy(session => DateOnly.FromDateTime(session.StartedAt))
            .Where(day => day.Sum(session => session.Hours) > maxDailyHours)
            .Select(day => new LearningFlag(LearningFlagKind.TooManyHoursInDay,
                $"{trainee.Name}在{day.Key:yyyy-MM-dd}共学习{day.Sum(session => session.Hours):0.##}学时，" +
                $"超过每日上限{maxDailyHours:0.##}学时",
                day.Select(session => session.Reference).ToList()));

    private static LearningFlag? CheckAge(Trainee trainee, List<FlaggedRecord> sessions, DateOnly today)
    {
        if (!ResidentIdNumber.TryParse(trainee.IdNumber, today, out var id, out _))
        {
            return null;
        }

        var first = DateOnly.FromDateTime(sessions[0].StartedAt);
        var last = DateOnly.FromDateTime(sessions[^1].StartedAt);
        var retirementAge = id.Gender == Gender.Male ? RetirementAgeMen : RetirementAgeWomen;
        string? problem = null;
        if (id.AgeOn(first) < MinimumAge)
        {
            problem = $"{trainee.Name}在{first:yyyy-MM-dd}学习时未满{MinimumAge}周岁";
        }
        else if (id.AgeOn(last) >= retirementAge)
        {
            var gender = id.Gender == Gender.Male ? "男" : "女";
            problem = $"{trainee.Name}（{gender}）在{last:yyyy-MM-dd}学习时已满{id.AgeOn(last)}周岁，达到法定退休年龄{retirementAge}周岁";
        }

        return problem is null
            ? null
            : new LearningFlag(LearningFlagKind.AgeOutsideWorkingRange, problem,
                sessions.Select(session => session.Reference).ToList());
    }

    private static IEnumerable<LearningFlag> FindIdenticalTimes(IReadOnlyList<FlaggedRecord> records,
        IReadOnlyDictionary<int, Trainee> trainees) =>
        records
            .GroupBy(record => (record.StartedAt, record.EndedAt))
            .Where(group => group.Select(record => record.TraineeId).Distinct().Count() >= IdenticalTimesThreshold)
            .Select(group => new LearningFlag(LearningFlagKind.IdenticalTimes,
                $"{group.Select(record => record.TraineeId).Distinct().Count()}名职工的学习时间完全相同：" +
                $"{group.Key.StartedAt:yyyy-MM-dd HH:mm} 至 {group.Key.EndedAt:yyyy-MM-dd HH:mm}" +
                $"（{string.Join("、", group.Select(record => trainees[record.TraineeId].Name).Distinct().Take(10))}等）",
                group.Select(record => record.Reference).OrderBy(row => row.BatchId).ThenBy(row => row.RowNumber).ToList()));
}
