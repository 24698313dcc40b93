using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>
/// An objection (异议) raised against an award during its public notice and recorded by district staff. While it is
/// open, the award is held out of payout.
/// </summary>
public sealed class AwardObjection
{
    public const int MaxTextLength = 2000;

    private AwardObjection()
    {
    }

    public AwardObjection(int awardId, string raisedBy, string content, string recordedByUserId, string recordedByName,
        DateTimeOffset recordedAt)
    {
        if (string.IsNullOrWhiteSpace(raisedBy))
        {
            throw new DomainException("请填写异议提出人，例如姓名和联系电话，或“匿名来电”。");
        }

        if (string.IsNullOrWhiteSpace(content) || content.Trim().Length > MaxTextLength)
        {
            throw new DomainException($"请填写异议内容（1至{MaxTextLength}字）。");
        }

        AwardId = awardId;
        RaisedBy = raisedBy.Trim();
        Content = content.Trim();
        RecordedByUserId = recordedByUserId;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int AwardId { get; private set; }

    /// <summary>Who raised the objection, as staff wrote it down.</summary>
    public string RaisedBy { get; private set; } = string.Empty;

    public string Content { get; private set; } = string.Empty;

    public string RecordedByUserId { get; private set; } = string.Empty;

    public string RecordedByName { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedByName { get; private set; }

    /// <summary>True when the objection was found valid (异议成立) and the award was revoked.</summary>
    public bool? Upheld { get; private set; }

    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    public void Resolve(bool upheld, string resolution, string resolvedByName, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException("该异议已处理，不能重复处理。");
        }

        if (string.IsNullOrWhiteSpace(resolution))
        {
            throw new DomainException("处理异议时必须填写核查结论。");
        }

        Upheld = upheld;
        Resolution = resolution.Trim();
        ResolvedByName = resolvedByName;
        ResolvedAt = at;
    }
}
