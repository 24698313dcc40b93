using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// The outcome of saving one step: the plan's new version on success, otherwise messages by field, row errors,
/// or a conflict message. Warnings do not stop a save.
/// </summary>
public sealed record PlanStepResult(
    ValidationErrors Errors,
    IReadOnlyList<RowError> RowErrors,
    IReadOnlyList<string> Warnings,
    Guid? NewVersion,
    string? ConflictMessage,
    string? FileError = null)
{
    public bool Succeeded => NewVersion is not null;

    public static PlanStepResult Saved(Guid version, IReadOnlyList<string> warnings) =>
        new(new ValidationErrors(), [], warnings, version, null);

    public static PlanStepResult Invalid(ValidationErrors errors, IReadOnlyList<string> warnings) =>
        new(errors, [], warnings, null, null);

    public static PlanStepResult InvalidRows(IReadOnlyList<RowError> rowErrors) =>
        new(new ValidationErrors(), rowErrors, [], null, null);

    public static PlanStepResult Conflict() =>
        new(new ValidationErrors(), [], [], null,
            "保存失败：该培训计划在您打开后已被他人修改（或已在其他窗口保存）。您填写的内容仍保留在页面上，请记下需要的内容后点击“重新加载”，再修改保存。");

    public static PlanStepResult InvalidFile(string message) =>
        new(new ValidationErrors(), [], [], null, null, message);
}

/// <summary>One plan in the enterprise's list, with its history newest first.</summary>
public sealed record PlanSummary(
    int Id,
    string PlanNumber,
    PlanStatus Status,
    string? OccupationName,
    DateOnly? TrainingStart,
    DateOnly? TrainingEnd,
    int CourseCount,
    int TraineeCount,
    int LastSavedStep,
    DateTimeOffset UpdatedAt,
    Guid Version,
    IReadOnlyList<PlanHistoryEntry> History)
{
    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>The reason of the latest return or rejection, shown to the enterprise.</summary>
    public string? LatestDecisionReason => History
        .FirstOrDefault(entry => entry.Action is PlanReviewAction.Returned or PlanReviewAction.Rejected)?.Reason;
}

public sealed record PlanHistoryEntry(PlanReviewAction Action, string UserDisplayName, DateTimeOffset At, string? Reason);
