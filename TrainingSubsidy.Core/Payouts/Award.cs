using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Payouts;

public enum Programme
{
    /// <summary>线上职业技能培训补贴, counted per trainee.</summary>
    OnlineTraining = 1,

    /// <summary>以工代训补贴, counted per worker-month.</summary>
    WorkBasedTraining = 2,
}

public enum AwardStatus
{
    /// <summary>公示中: published, waiting for the notice period to end.</summary>
    InNotice = 1,

    /// <summary>An open objection keeps it out of payout.</summary>
    HeldByObjection = 2,

    /// <summary>待拨付: the notice period ended without open objections.</summary>
    Payable = 3,

    /// <summary>In a payout batch that has not been exported yet.</summary>
    InBatch = 4,

    /// <summary>In an exported batch, waiting for the bank's result.</summary>
    Sent = 5,

    /// <summary>已拨付</summary>
    Paid = 6,

    /// <summary>拨付失败; goes back to be paid in a later batch.</summary>
    Failed = 7,

    /// <summary>已撤销: an objection was upheld, so the award is not paid.</summary>
    Revoked = 8,
}

public static class AwardText
{
    public static string ToChinese(this AwardStatus status) => status switch
    {
        AwardStatus.InNotice => "公示中",
        AwardStatus.HeldByObjection => "异议暂缓",
        AwardStatus.Payable => "待拨付",
        AwardStatus.InBatch => "拨付批次中",
        AwardStatus.Sent => "已提交银行",
        AwardStatus.Paid => "已拨付",
        AwardStatus.Failed => "拨付失败",
        AwardStatus.Revoked => "已撤销",
        _ => status.ToString(),
    };

    public static string ToChinese(this Programme programme) => programme switch
    {
        Programme.OnlineTraining => "线上职业技能培训",
        Programme.WorkBasedTraining => "以工代训",
        _ => programme.ToString(),
    };

    /// <summary>Unit of an award's quantity: 人 for trainees, 人月 for worker-months.</summary>
    public static string QuantityUnit(this Programme programme) =>
        programme == Programme.WorkBasedTraining ? "人月" : "人";
}

/// <summary>
/// An approved amount for one enterprise from one programme: an approved online-training claim or an approved
/// work-in-lieu-of-training application. Both programmes pass through the same public notice and payout batches,
/// so the payout machinery works on awards and does not need to know which programme an award came from.
/// </summary>
public sealed class Award : IVersioned
{
    private readonly List<AwardLine> _lines = [];

    private Award()
    {
    }

    public Award(Programme programme, int sourceId, string sourceNumber, int enterpriseId, string districtCode,
        string reviewerUserId, DateTimeOffset approvedAt, IEnumerable<AwardLine> lines)
    {
        Programme = programme;
        SourceId = sourceId;
        SourceNumber = sourceNumber;
        EnterpriseId = enterpriseId;
        DistrictCode = districtCode;
        ReviewerUserId = reviewerUserId;
        ApprovedAt = approvedAt;
        _lines.AddRange(lines);
        if (_lines.Count == 0)
        {
            throw new DomainException("批准的补贴至少需要一名职工或一个人月。");
        }

        Quantity = _lines.Count;
        Amount = _lines.Aggregate(Money.Zero, (total, line) => total + line.Amount);
        Status = AwardStatus.InNotice;
    }

    public int Id { get; private set; }

    public Programme Programme { get; private set; }

    /// <summary>Id of the SubsidyClaim or WorkBasedTrainingApplication that was approved.</summary>
    public int SourceId { get; private set; }

    /// <summary>The claim's or application's number, for ledgers and notices.</summary>
    public string SourceNumber { get; private set; } = string.Empty;

    public int EnterpriseId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    /// <summary>The reviewer who approved it; that person may not pay it.</summary>
    public string ReviewerUserId { get; private set; } = string.Empty;

    public DateTimeOffset ApprovedAt { get; private set; }

    /// <summary>Trainees (online training) or worker-months (work-based training).</summary>
    public int Quantity { get; private set; }

    public Money Amount { get; private set; }

    public AwardStatus Status { get; private set; }

    /// <summary>First working day of the public notice (公示), the working day after approval.</summary>
    public DateOnly? NoticeStart { get; private set; }

    /// <summary>Last working day of the public notice.</summary>
    public DateOnly? NoticeEnd { get; private set; }

    /// <summary>The batch the award is in now, or was last paid or failed in.</summary>
    public int? PayoutBatchId { get; private set; }

    /// <summary>The bank's reason for the last failed payment.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>Day the bank confirmed the payment; set when the award becomes Paid.</summary>
    public DateOnly? PaidOn { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<AwardLine> Lines => _lines;

    /// <summary>Sets the notice period. It can be set only once, right after approval.</summary>
    public void StartNotice(DateOnly start, DateOnly end)
    {
        if (Status != AwardStatus.InNotice || NoticeStart is not null)
        {
            throw new DomainException($"补贴{SourceNumber}已开始公示，不能重新设定公示期。");
        }

        NoticeStart = start;
        NoticeEnd = end;
    }

    /// <summary>Keeps the award out of payout while an objection is open.</summary>
    public void HoldForObjection()
    {
        if (Status is not (AwardStatus.InNotice or AwardStatus.HeldByObjection))
        {
            throw new DomainException($"补贴{SourceNumber}当前状态为“{Status.ToChinese()}”，只能对公示期内的补贴提出异议。");
        }

        Status = AwardStatus.HeldByObjection;
    }

    /// <summary>Returns a held award to the notice when its last open objection was dismissed.</summary>
    public void ReleaseFromObjection()
    {
        EnsureStatus(AwardStatus.HeldByObjection, "解除异议暂缓");
        Status = AwardStatus.InNotice;
    }

    public void Revoke()
    {
        EnsureStatus(AwardStatus.HeldByObjection, "撤销");
        Status = AwardStatus.Revoked;
    }

    /// <summary>Makes the award payable once the notice has ended on a day before <paramref name="today"/>.</summary>
    public bool TryEndNotice(DateOnly today)
    {
        if (Status != AwardStatus.InNotice || NoticeEnd is not { } end || today <= end)
        {
            return false;
        }

        Status = AwardStatus.Payable;
        return true;
    }

    public void AddToBatch(int batchId)
    {
        if (Status is not (AwardStatus.Payable or AwardStatus.Failed))
        {
            throw new DomainException($"补贴{SourceNumber}当前状态为“{Status.ToChinese()}”，只有待拨付或拨付失败的补贴可以加入拨付批次。");
        }

        Status = AwardStatus.InBatch;
        PayoutBatchId = batchId;
    }

    /// <summary>Takes the award out of an unexported batch; it becomes payable again.</summary>
    public void RemoveFromBatch()
    {
        EnsureStatus(AwardStatus.InBatch, "移出拨付批次");
        Status = AwardStatus.Payable;
        PayoutBatchId = null;
    }

    public void MarkSent()
    {
        EnsureStatus(AwardStatus.InBatch, "标记为已提交银行");
        Status = AwardStatus.Sent;
    }

    public void MarkPaid(DateOnly paidOn)
    {
        EnsureStatus(AwardStatus.Sent, "标记为已拨付");
        Status = AwardStatus.Paid;
        PaidOn = paidOn;
        FailureReason = null;
    }

    public void MarkFailed(string reason)
    {
        EnsureStatus(AwardStatus.Sent, "标记为拨付失败");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("标记拨付失败时必须填写银行退回的原因，例如“账号户名不符”。");
        }

        Status = AwardStatus.Failed;
        FailureReason = reason.Trim();
    }

    private void EnsureStatus(AwardStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException(
                $"补贴{SourceNumber}当前状态为“{Status.ToChinese()}”，只有“{expected.ToChinese()}”的补贴可以{action}。");
        }
    }
}

/// <summary>One paid unit of an award: a trainee (online training) or one worker-month (work-based training).</summary>
public sealed class AwardLine
{
    private AwardLine()
    {
    }

    public AwardLine(string personName, string idNumber, string? phone, string? month, Money amount)
    {
        PersonName = personName;
        IdNumber = idNumber;
        Phone = phone;
        Month = month;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int AwardId { get; private set; }

    public string PersonName { get; private set; } = string.Empty;

    public string IdNumber { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    /// <summary>Claimed month as yyyy-MM for a worker-month; null for a trainee.</summary>
    public string? Month { get; private set; }

    public Money Amount { get; private set; }
}
