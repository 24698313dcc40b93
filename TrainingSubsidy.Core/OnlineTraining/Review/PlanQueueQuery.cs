namespace TrainingSubsidy.Core.OnlineTraining.Review;

public enum PlanQueueSort
{
    SubmittedAt = 0,
    EnterpriseName = 1,
    PlanNumber = 2,
    Status = 3,
}

/// <summary>Filters, sort order and page of the district's plan review queue. Empty filters match every plan.</summary>
public sealed record PlanQueueQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Status to list; null lists every status visible to a district. Defaults to plans awaiting review.</summary>
    public PlanStatus? Status { get; init; } = PlanStatus.Submitted;

    /// <summary>Part of the enterprise's name or of its unified social credit code.</summary>
    public string? Enterprise { get; init; }

    /// <summary>Part of the occupation's code or name.</summary>
    public string? Occupation { get; init; }

    /// <summary>First submission day, China time, inclusive.</summary>
    public DateOnly? SubmittedFrom { get; init; }

    /// <summary>Last submission day, China time, inclusive.</summary>
    public DateOnly? SubmittedTo { get; init; }

    /// <summary>District to list, for the city administrator. A district user's own district always applies too.</summary>
    public string? DistrictCode { get; init; }

    public PlanQueueSort SortBy { get; init; } = PlanQueueSort.SubmittedAt;

    public bool Descending { get; init; }

    /// <summary>Zero-based page number.</summary>
    public int PageIndex { get; init; }

    /// <summary>Rows per page, from 1 to <see cref="MaxPageSize"/>; values outside are clamped.</summary>
    public int PageSize { get; init; } = 20;
}

/// <summary>One row of the plan review queue.</summary>
public sealed record PlanQueueRow(
    int PlanId,
    string PlanNumber,
    string EnterpriseName,
    string CreditCode,
    string DistrictCode,
    string? OccupationCode,
    string? OccupationName,
    DateOnly? TrainingStart,
    DateOnly? TrainingEnd,
    int TraineeCount,
    PlanStatus Status,
    DateTimeOffset? SubmittedAt);
