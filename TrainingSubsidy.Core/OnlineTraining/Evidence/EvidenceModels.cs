using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Core.OnlineTraining.Evidence;

/// <summary>A plan's evidence files (佐证材料) and what the caller may do with them.</summary>
public sealed record EvidenceList(
    int PlanId,
    string PlanNumber,
    PlanStatus Status,
    bool CanUpload,
    bool CanRemove,
    IReadOnlyList<EvidenceFile> Files);

public sealed record EvidenceFile(
    int Id,
    string OriginalName,
    FileKind Kind,
    long Length,
    string Sha256,
    string UploadedByName,
    DateTimeOffset UploadedAt);
