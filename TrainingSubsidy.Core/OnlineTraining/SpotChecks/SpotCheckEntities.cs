namespace TrainingSubsidy.Core.OnlineTraining.SpotChecks;

public enum SpotCheckMethod
{
    /// <summary>电话</summary>
    Phone = 1,

    /// <summary>网络</summary>
    Online = 2,

    /// <summary>视频</summary>
    Video = 3,
}

public enum SpotCheckOutcome
{
    /// <summary>确认参训</summary>
    ConfirmedAttendance = 1,

    /// <summary>否认参训: the trainee becomes disputed until the reviewer resolves it.</summary>
    DeniedAttendance = 2,

    /// <summary>无法联系</summary>
    Unreachable = 3,

    /// <summary>号码错误</summary>
    WrongNumber = 4,
}

/// <summary>
/// A random draw of a plan's trainees. The seed and the population size are stored, so the same sample can be drawn
/// again from them and compared with the stored members.
/// </summary>
public sealed class SpotCheckDraw
{
    private SpotCheckDraw()
    {
    }

    public SpotCheckDraw(int trainingPlanId, int seed, decimal rate, int minimumSample, int populationCount,
        int sampleCount, string drawnByUserId, string drawnByName, DateTimeOffset drawnAt)
    {
        TrainingPlanId = trainingPlanId;
        Seed = seed;
        Rate = rate;
        MinimumSample = minimumSample;
        PopulationCount = populationCount;
        SampleCount = sampleCount;
        DrawnByUserId = drawnByUserId;
        DrawnByName = drawnByName;
        DrawnAt = drawnAt;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public int Seed { get; private set; }

    public decimal Rate { get; private set; }

    public int MinimumSample { get; private set; }

    public int PopulationCount { get; private set; }

    public int SampleCount { get; private set; }

    public string DrawnByUserId { get; private set; } = string.Empty;

    public string DrawnByName { get; private set; } = string.Empty;

    public DateTimeOffset DrawnAt { get; private set; }
}

/// <summary>A trainee in a plan's spot-check sample, drawn at random or added by the reviewer.</summary>
public sealed class SpotCheckSampleMember
{
    private SpotCheckSampleMember()
    {
    }

    public SpotCheckSampleMember(int trainingPlanId, int traineeId, int? drawId, string addedByName, DateTimeOffset addedAt)
    {
        TrainingPlanId = trainingPlanId;
        TraineeId = traineeId;
        DrawId = drawId;
        AddedByName = addedByName;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public int TraineeId { get; private set; }

    /// <summary>The draw that picked the trainee; null when the reviewer added the trainee by hand.</summary>
    public int? DrawId { get; private set; }

    public bool AddedByHand => DrawId is null;

    public string AddedByName { get; private set; } = string.Empty;

    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>One logged check of one trainee: how, when, which number, and the outcome.</summary>
public sealed class SpotCheckRecord
{
    private SpotCheckRecord()
    {
    }

    public SpotCheckRecord(int trainingPlanId, int traineeId, SpotCheckMethod method, DateTimeOffset checkedAt,
        string? numberCalled, SpotCheckOutcome outcome, string? notes, string reviewerUserId, string reviewerName,
        DateTimeOffset recordedAt)
    {
        TrainingPlanId = trainingPlanId;
        TraineeId = traineeId;
        Method = method;
        CheckedAt = checkedAt;
        NumberCalled = numberCalled;
        Outcome = outcome;
        Notes = notes;
        ReviewerUserId = reviewerUserId;
        ReviewerName = reviewerName;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public int TraineeId { get; private set; }

    public SpotCheckMethod Method { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public string? NumberCalled { get; private set; }

    public SpotCheckOutcome Outcome { get; private set; }

    public string? Notes { get; private set; }

    public string ReviewerUserId { get; private set; } = string.Empty;

    public string ReviewerName { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// A trainee who denied attending. While open, a claim cannot pay the trainee. The reviewer resolves it as cleared
/// (payable after all) or confirmed (excluded from payment).
/// </summary>
public sealed class TraineeDispute
{
    private TraineeDispute()
    {
    }

    public TraineeDispute(int trainingPlanId, int traineeId, int spotCheckRecordId, DateTimeOffset openedAt)
    {
        TrainingPlanId = trainingPlanId;
        TraineeId = traineeId;
        SpotCheckRecordId = spotCheckRecordId;
        OpenedAt = openedAt;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public int TraineeId { get; private set; }

    public int SpotCheckRecordId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedByName { get; private set; }

    /// <summary>True when the trainee did attend after all; false when the denial is confirmed.</summary>
    public bool? Cleared { get; private set; }

    public string? ResolutionNote { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    /// <summary>True while the trainee must not be paid: the dispute is open or its denial was confirmed.</summary>
    public bool BlocksPayment => IsOpen || Cleared == false;

    public void Resolve(bool cleared, string note, string reviewerName, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new Common.DomainException("该争议已处理。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new Common.DomainException("处理争议必须填写核实情况。");
        }

        Cleared = cleared;
        ResolutionNote = note.Trim();
        ResolvedByName = reviewerName;
        ResolvedAt = at;
    }
}

public static class SpotCheckNames
{
    public static string ToChinese(this SpotCheckMethod method) => method switch
    {
        SpotCheckMethod.Phone => "电话",
        SpotCheckMethod.Online => "网络",
        SpotCheckMethod.Video => "视频",
        _ => method.ToString(),
    };

    public static string ToChinese(this SpotCheckOutcome outcome) => outcome switch
    {
        SpotCheckOutcome.ConfirmedAttendance => "确认参训",
        SpotCheckOutcome.DeniedAttendance => "否认参训",
        SpotCheckOutcome.Unreachable => "无法联系",
        SpotCheckOutcome.WrongNumber => "号码错误",
        _ => outcome.ToString(),
    };
}
