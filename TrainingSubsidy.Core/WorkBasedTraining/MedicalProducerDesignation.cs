using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// One entry of the city's list of important medical-supplies producers (重要医用物资生产企业), keyed by credit code so
/// that an enterprise can be listed before it registers. Removal marks the entry and keeps it for the record.
/// </summary>
public sealed class MedicalProducerDesignation
{
    private MedicalProducerDesignation()
    {
    }

    public MedicalProducerDesignation(string creditCode, string enterpriseName, DateOnly designatedOn,
        string designationDocument, string addedByUserName, DateTimeOffset addedAt)
    {
        CreditCode = creditCode;
        EnterpriseName = enterpriseName;
        DesignatedOn = designatedOn;
        DesignationDocument = designationDocument;
        AddedByUserName = addedByUserName;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }

    /// <summary>Unified social credit code, normalised.</summary>
    public string CreditCode { get; private set; } = string.Empty;

    public string EnterpriseName { get; private set; } = string.Empty;

    /// <summary>Date of the city's designation.</summary>
    public DateOnly DesignatedOn { get; private set; }

    /// <summary>Title and number of the designation document, e.g. 津工信〔2020〕12号.</summary>
    public string DesignationDocument { get; private set; } = string.Empty;

    public string AddedByUserName { get; private set; } = string.Empty;

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedByUserName { get; private set; }

    public string? RemovalReason { get; private set; }

    public bool IsActive => RemovedAt is null;

    public void Remove(string userName, DateTimeOffset at, string reason)
    {
        if (!IsActive)
        {
            throw new DomainException($"企业“{EnterpriseName}”（{CreditCode}）已于{ChinaTime.Format(RemovedAt!.Value)}移出名单。");
        }

        RemovedAt = at;
        RemovedByUserName = userName;
        RemovalReason = reason;
    }
}
