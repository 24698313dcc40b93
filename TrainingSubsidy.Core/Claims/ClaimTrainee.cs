using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Claims;

/// <summary>
/// A trainee of a claim with the outcome of the eligibility check. A unique index on <see cref="IdNumber"/> over the
/// rows where <see cref="IsPayable"/> is true makes the database reject a second payable online-training subsidy for
/// one person, even when two submissions pass the application's own check at the same time.
/// </summary>
public sealed class ClaimTrainee
{
    private ClaimTrainee()
    {
    }

    public ClaimTrainee(int traineeId, string name, string idNumber, string phone, string post,
        decimal completedHours, decimal requiredHours, string? ineligibleReason)
    {
        TraineeId = traineeId;
        Name = name;
        IdNumber = idNumber;
        Phone = phone;
        Post = post;
        CompletedHours = completedHours;
        RequiredHours = requiredHours;
        IneligibleReason = ineligibleReason;
        IsPayable = ineligibleReason is null;
    }

    public int Id { get; private set; }

    public int SubsidyClaimId { get; private set; }

    public int TraineeId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string IdNumber { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public string Post { get; private set; } = string.Empty;

    /// <summary>Learning hours counted towards the plan: per course at most the course's hours.</summary>
    public decimal CompletedHours { get; private set; }

    public decimal RequiredHours { get; private set; }

    /// <summary>Why the check at submission found the trainee not eligible; null when eligible.</summary>
    public string? IneligibleReason { get; private set; }

    /// <summary>Why the reviewer excluded an eligible trainee on approval.</summary>
    public string? ExclusionReason { get; private set; }

    /// <summary>True while the trainee is awaiting review or approved for payment.</summary>
    public bool IsPayable { get; private set; }

    internal void Exclude(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"剔除职工{Name}时必须填写原因，企业将看到该原因。");
        }

        ExclusionReason = reason.Trim();
        IsPayable = false;
    }

    internal void Release() => IsPayable = false;
}
