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

    /// <summary>An open objection holds it out of payout.</summary>
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

    public AwardStatus Status { get; set; }

    public DateOnly? NoticeStart { get; set; }

    public DateOnly? NoticeEnd { get; set; }

    public int? PayoutBatchId { get; set; }

    /// <summary>Day the bank confirmed the payment; set when the award becomes Paid.</summary>
    public DateOnly? PaidOn { get; set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<AwardLine> Lines => _lines;
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
