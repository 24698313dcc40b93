using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>A newly hired or transferred frontline worker listed in an application, with the months claimed.</summary>
public sealed class WorkBasedWorker
{
    private readonly List<WorkerMonth> _months = [];

    private WorkBasedWorker()
    {
    }

    public WorkBasedWorker(string name, string idNumber, Gender gender, string phone, WorkerKind kind,
        DateOnly startDate, string post, IEnumerable<WorkerMonth> months)
    {
        Name = name;
        IdNumber = idNumber;
        Gender = gender;
        Phone = phone;
        Kind = kind;
        StartDate = startDate;
        Post = post;
        _months.AddRange(months);
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Resident ID number, normalised with an upper-case X.</summary>
    public string IdNumber { get; private set; } = string.Empty;

    public Gender Gender { get; private set; }

    /// <summary>Mobile phone number, 11 digits.</summary>
    public string Phone { get; private set; } = string.Empty;

    public WorkerKind Kind { get; private set; }

    /// <summary>Date of hiring (新入职) or of the transfer (转岗) to the skill post.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>The skill post (技能岗位).</summary>
    public string Post { get; private set; } = string.Empty;

    public IReadOnlyList<WorkerMonth> Months => _months;

    public string MaskedIdNumber => ResidentIdNumber.Mask(IdNumber);
}

/// <summary>One claimed month of one worker, with the wage paid for it and the reviewer's exclusion if any.</summary>
public sealed class WorkerMonth
{
    private WorkerMonth()
    {
    }

    public WorkerMonth(string month, Money wage)
    {
        Month = month;
        Wage = wage;
    }

    public int Id { get; private set; }

    public int WorkerId { get; private set; }

    /// <summary>Calendar month as yyyy-MM.</summary>
    public string Month { get; private set; } = string.Empty;

    public Money Wage { get; private set; }

    /// <summary>Set when the reviewer approved the application without this month.</summary>
    public string? ExclusionReason { get; private set; }

    public bool IsExcluded => ExclusionReason is not null;

    internal void Exclude(string reason) => ExclusionReason = reason;

    internal void ClearExclusion() => ExclusionReason = null;
}

/// <summary>One entry of an application's history: who did what, when, and why.</summary>
public sealed class WorkBasedApplicationEvent
{
    private WorkBasedApplicationEvent()
    {
    }

    public WorkBasedApplicationEvent(WorkBasedApplicationStatus status, string userName, DateTimeOffset at,
        string? reason)
    {
        Status = status;
        UserName = userName;
        At = at;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    /// <summary>The status the application moved to.</summary>
    public WorkBasedApplicationStatus Status { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }
}
