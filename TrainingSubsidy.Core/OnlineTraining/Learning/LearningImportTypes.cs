namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>One problem found in an imported learning-record sheet, with the cell's value and how to fix it.</summary>
public sealed record LearningImportError(string Sheet, int RowNumber, string Column, string Value, string Reason);

/// <summary>A valid row of a learning-record sheet, matched to the plan's trainee and course.</summary>
public readonly record struct LearningRow(
    int RowNumber,
    int TraineeId,
    int CourseId,
    DateTime StartedAt,
    DateTime EndedAt,
    decimal Hours,
    bool Completed,
    string? PlatformAccount);

public enum LearningImportStage
{
    Reading,
    Checking,
    Saving,
}

/// <summary>How far an import has come: rows done out of rows in the stage.</summary>
public readonly record struct LearningImportProgress(LearningImportStage Stage, int Done, int Total);

public enum LearningImportOutcome
{
    /// <summary>Every row was valid and saved.</summary>
    Imported,

    /// <summary>The file, or every trainee-course pair in it, matched what was already saved; nothing changed.</summary>
    NoChange,

    /// <summary>The file or some rows were invalid; nothing was saved.</summary>
    Rejected,
}

public sealed record LearningImportResult(
    LearningImportOutcome Outcome,
    string Message,
    IReadOnlyList<LearningImportError> Errors,
    int TotalErrorCount,
    int ImportedRows,
    int SupersededRows)
{
    public static LearningImportResult Rejected(string message) => new(LearningImportOutcome.Rejected, message, [], 0, 0, 0);

    public static LearningImportResult NoChange(string message) => new(LearningImportOutcome.NoChange, message, [], 0, 0, 0);
}
