namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// Everything a reviewer needs to decide one plan. Personal data of trainees is masked; the plan's contact phone
/// is shown in full only when <see cref="CanAct"/> is true.
/// </summary>
public sealed record PlanReviewDetail
{
    public required int PlanId { get; init; }

    public required string PlanNumber { get; init; }

    public required PlanStatus Status { get; init; }

    /// <summary>The plan's version when it was read; a decision must send it back unchanged.</summary>
    public required Guid Version { get; init; }

    public required string DistrictName { get; init; }

    public required DateTimeOffset? SubmittedAt { get; init; }

    public required EnterpriseSummary Enterprise { get; init; }

    public required string? OccupationCode { get; init; }

    public required string? OccupationName { get; init; }

    /// <summary>The occupation as the catalogue records it now; null when the code is not in the catalogue.</summary>
    public required OccupationStatus? Occupation { get; init; }

    public required string? BusinessRelevance { get; init; }

    public required DateOnly? TrainingStart { get; init; }

    public required DateOnly? TrainingEnd { get; init; }

    public required PlatformKind? PlatformKind { get; init; }

    public required string? PlatformName { get; init; }

    public required string? PlatformUrl { get; init; }

    public required string? PlatformAccount { get; init; }

    public required bool HasPlatformPassword { get; init; }

    public required string? ContactPerson { get; init; }

    public required string? ContactPhone { get; init; }

    public required IReadOnlyList<CourseLine> Courses { get; init; }

    public required decimal TotalHours { get; init; }

    public required decimal LiteracyHours { get; init; }

    /// <summary>Largest literacy share of the policy in force today, e.g. 0.20.</summary>
    public required decimal LiteracyMaxShare { get; init; }

    public required IReadOnlyList<TraineeLine> Trainees { get; init; }

    public required StoredFileLink? SignedLetter { get; init; }

    /// <summary>Roster pre-check messages with names and ID numbers masked.</summary>
    public required IReadOnlyList<string> RosterWarnings { get; init; }

    public required IReadOnlyList<PlanHistoryEntry> History { get; init; }

    /// <summary>True for a reviewer of the plan's district: may decide and reveal personal data.</summary>
    public required bool CanAct { get; init; }

    public decimal LiteracyShare => TotalHours == 0 ? 0 : LiteracyHours / TotalHours;

    public bool IsLiteracyWithinCap => LiteracyShare <= LiteracyMaxShare;

    public bool IsAwaitingDecision => Status == PlanStatus.Submitted;
}

/// <summary>The applicant's profile shown to the reviewer, with phones masked.</summary>
public sealed record EnterpriseSummary(
    int Id,
    string Name,
    string CreditCode,
    string Address,
    string? LegalRepresentative,
    string ContactPerson,
    string MaskedContactPhone);

/// <summary>Whether the plan's occupation code is in the catalogue, skill-type and still in use.</summary>
public sealed record OccupationStatus(string Code, string Name, bool IsSkillType, bool IsRetired);

public sealed record CourseLine(string Name, decimal Hours, CourseCategory Category, CourseDelivery Delivery);

/// <summary>A trainee row with name, ID number and phone masked.</summary>
public sealed record TraineeLine(
    int TraineeId,
    string MaskedName,
    string MaskedIdNumber,
    string Post,
    string MaskedPhone,
    EmploymentType EmploymentType,
    bool IsInsured);

/// <summary>A file attached to a plan, and whether the current user may download it.</summary>
public sealed record StoredFileLink(int FileId, string OriginalName, long Length, DateTimeOffset UploadedAt,
    bool CanDownload)
{
    public string DownloadPath => $"/downloads/files/{FileId}";
}
