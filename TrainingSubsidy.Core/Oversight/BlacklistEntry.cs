using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Oversight;

/// <summary>
/// A blacklist entry (黑名单) against an enterprise for fraud. It matches by credit code and by the legal
/// representative's ID number, so a company re-registered under the same legal representative is caught too.
/// </summary>
public sealed class BlacklistEntry : IVersioned
{
    private BlacklistEntry()
    {
    }

    public BlacklistEntry(
        string creditCode,
        string? legalRepresentativeIdNumber,
        int? enterpriseId,
        string enterpriseName,
        string districtCode,
        string reason,
        string? supportingDocuments,
        DateOnly startDate,
        DateOnly? endDate,
        string createdByUserId,
        string createdByName,
        DateTimeOffset createdAt)
    {
        if (endDate is { } end && end < startDate)
        {
            throw new DomainException($"结束日期{end:yyyy-MM-dd}不能早于开始日期{startDate:yyyy-MM-dd}。");
        }

        CreditCode = creditCode;
        LegalRepresentativeIdNumber = legalRepresentativeIdNumber;
        EnterpriseId = enterpriseId;
        EnterpriseName = enterpriseName;
        DistrictCode = districtCode;
        Reason = reason;
        SupportingDocuments = supportingDocuments;
        StartDate = startDate;
        EndDate = endDate;
        CreatedByUserId = createdByUserId;
        CreatedByName = createdByName;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string CreditCode { get; private set; } = string.Empty;

    public string? LegalRepresentativeIdNumber { get; private set; }

    public int? EnterpriseId { get; private set; }

    public string EnterpriseName { get; private set; } = string.Empty;

    public string DistrictCode { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    /// <summary>Names and numbers of the documents behind the decision (处理决定文号 and the like).</summary>
    public string? SupportingDocuments { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>Last day of the entry; null while it has no end.</summary>
    public DateOnly? EndDate { get; private set; }

    public string CreatedByUserId { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedByName { get; private set; }

    public string? RemovalReason { get; private set; }

    public Guid Version { get; private set; }

    public bool IsActiveOn(DateOnly day) =>
        RemovedAt is null && StartDate <= day && (EndDate is null || EndDate >= day);

    public void Remove(string userName, DateTimeOffset at, string reason)
    {
        if (RemovedAt is not null)
        {
            throw new DomainException("该黑名单记录已移出。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("移出黑名单必须填写原因。");
        }

        RemovedAt = at;
        RemovedByName = userName;
        RemovalReason = reason.Trim();
    }
}
