using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Claims;

public enum ClaimStatus
{
    /// <summary>待审核</summary>
    Submitted = 1,

    /// <summary>已通过: an award was created and goes through the public notice and payout.</summary>
    Approved = 2,

    /// <summary>退回修改: the enterprise may submit a new claim for the plan.</summary>
    Returned = 3,

    /// <summary>不予通过: final.</summary>
    Rejected = 4,
}

public static class ClaimStatusText
{
    public static string ToChinese(this ClaimStatus status) => status switch
    {
        ClaimStatus.Submitted => "待审核",
        ClaimStatus.Approved => "已通过",
        ClaimStatus.Returned => "已退回",
        ClaimStatus.Rejected => "未通过",
        _ => status.ToString(),
    };
}

/// <summary>
/// An online-training subsidy claim (补贴申请) for one approved plan. It stores the trainees as they were checked at
/// submission, and it owns its status: only a Submitted claim can be approved, returned or rejected.
/// </summary>
public sealed class SubsidyClaim : IVersioned
{
    private readonly List<ClaimTrainee> _trainees = [];

    private SubsidyClaim()
    {
    }

    public SubsidyClaim(
        string claimNumber,
        int trainingPlanId,
        int enterpriseId,
        string districtCode,
        BankAccount bankAccount,
        Money amountPerTrainee,
        string submittedByUserId,
        DateTimeOffset submittedAt,
        IEnumerable<ClaimTrainee> trainees)
    {
        ClaimNumber = claimNumber;
        TrainingPlanId = trainingPlanId;
        EnterpriseId = enterpriseId;
        DistrictCode = districtCode;
        BankName = bankAccount.BankName;
        BankAccountName = bankAccount.AccountName;
        BankAccountNumber = bankAccount.AccountNumber;
        AmountPerTrainee = amountPerTrainee;
        SubmittedByUserId = submittedByUserId;
        SubmittedAt = submittedAt;
        Status = ClaimStatus.Submitted;
        _trainees.AddRange(trainees);
        if (!_trainees.Any(trainee => trainee.IsPayable))
        {
            throw new DomainException("名单中没有符合补贴条件的职工，不能提交补贴申请。请查看每名职工的不符合原因。");
        }
    }

    public int Id { get; private set; }

    /// <summary>Human-readable number: the plan number with a BT prefix and the attempt, e.g. BT-PX120116-000123-1.</summary>
    public string ClaimNumber { get; private set; } = string.Empty;

    public int TrainingPlanId { get; private set; }

    public int EnterpriseId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public ClaimStatus Status { get; private set; }

    /// <summary>The enterprise's basic account (基本账户) as confirmed at submission.</summary>
    public string BankName { get; private set; } = string.Empty;

    public string BankAccountName { get; private set; } = string.Empty;

    public string BankAccountNumber { get; private set; } = string.Empty;

    /// <summary>Amount per trainee of the policy in force on the day the plan was approved.</summary>
    public Money AmountPerTrainee { get; private set; }

    public string SubmittedByUserId { get; private set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ReviewerUserId { get; private set; }

    public string? ReviewerName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Reason of a return or rejection, or the reviewer's note on an approval.</summary>
    public string? DecisionReason { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<ClaimTrainee> Trainees => _trainees;

    public int PayableCount => _trainees.Count(trainee => trainee.IsPayable);

    public Money PayableAmount => AmountPerTrainee * PayableCount;

    /// <summary>
    /// Approves the claim, excluding the given trainees with a reason each. Every payable trainee who is not
    /// excluded stays payable; at least one must remain.
    /// </summary>
    public void Approve(string reviewerId, string reviewerName, DateTimeOffset now, string? note,
        IReadOnlyDictionary<int, string> exclusions)
    {
        EnsureSubmitted();
        foreach (var (traineeId, reason) in exclusions)
        {
            var trainee = _trainees.FirstOrDefault(t => t.TraineeId == traineeId && t.IsPayable)
                ?? throw new DomainException($"ID为{traineeId}的职工不在本申请的可补贴名单中，不能剔除。请刷新页面后重试。");
            trainee.Exclude(reason);
        }

        if (PayableCount == 0)
        {
            throw new DomainException("剔除后没有可补贴的职工。如整份申请都不符合条件，请选择“不予通过”并填写原因。");
        }

        Decide(ClaimStatus.Approved, reviewerId, reviewerName, now, note);
    }

    public void Return(string reviewerId, string reviewerName, DateTimeOffset now, string reason)
    {
        EnsureSubmitted();
        RequireReason(reason, "退回");
        ReleaseAll();
        Decide(ClaimStatus.Returned, reviewerId, reviewerName, now, reason.Trim());
    }

    public void Reject(string reviewerId, string reviewerName, DateTimeOffset now, string reason)
    {
        EnsureSubmitted();
        RequireReason(reason, "不予通过");
        ReleaseAll();
        Decide(ClaimStatus.Rejected, reviewerId, reviewerName, now, reason.Trim());
    }

    // A returned or rejected claim no longer reserves its trainees, so they may be claimed again.
    private void ReleaseAll()
    {
        foreach (var trainee in _trainees)
        {
            trainee.Release();
        }
    }

    private void Decide(ClaimStatus status, string reviewerId, string reviewerName, DateTimeOffset now, string? reason)
    {
        Status = status;
        ReviewerUserId = reviewerId;
        ReviewerName = reviewerName;
        DecidedAt = now;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    private void EnsureSubmitted()
    {
        if (Status != ClaimStatus.Submitted)
        {
            throw new DomainException($"补贴申请{ClaimNumber}当前状态为“{Status.ToChinese()}”，只有待审核的申请可以作出审核决定。");
        }
    }

    private static void RequireReason(string? reason, string decision)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"审核{decision}时必须填写原因，企业将看到该原因。");
        }
    }
}

/// <summary>The basic bank account (基本账户) the subsidy is paid to.</summary>
public sealed record BankAccount(string BankName, string AccountName, string AccountNumber);
