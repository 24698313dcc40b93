namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>
/// Hours a trainee spent on one course of an approved plan (学习记录), from an imported learning-record sheet. A later
/// import for the same trainee and course supersedes the record; superseded records stay for the history.
/// </summary>
public sealed class LearningRecord
{
    private LearningRecord()
    {
    }

    public LearningRecord(
        int trainingPlanId,
        int traineeId,
        int courseId,
        DateTime startedAt,
        DateTime endedAt,
        decimal hours,
        bool completed,
        string? platformAccount,
        int importBatchId,
        int sourceRowNumber)
    {
        TrainingPlanId = trainingPlanId;
        TraineeId = traineeId;
        CourseId = courseId;
        StartedAt = startedAt;
        EndedAt = endedAt;
        Hours = hours;
        Completed = completed;
        PlatformAccount = platformAccount;
        ImportBatchId = importBatchId;
        SourceRowNumber = sourceRowNumber;
        IsCurrent = true;
    }

    public long Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public int TraineeId { get; private set; }

    public int CourseId { get; private set; }

    /// <summary>Start of the learning session in Beijing time, as the sheet gives it.</summary>
    public DateTime StartedAt { get; private set; }

    /// <summary>End of the learning session in Beijing time.</summary>
    public DateTime EndedAt { get; private set; }

    public decimal Hours { get; private set; }

    /// <summary>The sheet's completion status (已完成).</summary>
    public bool Completed { get; private set; }

    public string? PlatformAccount { get; private set; }

    public int ImportBatchId { get; private set; }

    /// <summary>Row of the imported sheet this record came from, for flags that name their rows.</summary>
    public int SourceRowNumber { get; private set; }

    /// <summary>False once a later import replaced the records of this trainee and course.</summary>
    public bool IsCurrent { get; private set; }

    public int? SupersededByBatchId { get; private set; }

    public void Supersede(int batchId)
    {
        IsCurrent = false;
        SupersededByBatchId = batchId;
    }
}

/// <summary>One import of a learning-record sheet: who, when, which file (by SHA-256) and how many rows.</summary>
public sealed class LearningImportBatch
{
    private LearningImportBatch()
    {
    }

    public LearningImportBatch(int trainingPlanId, string fileName, string sha256, int rowCount, string importedByUserId,
        string importedByName, DateTimeOffset importedAt)
    {
        TrainingPlanId = trainingPlanId;
        FileName = fileName;
        Sha256 = sha256;
        RowCount = rowCount;
        ImportedByUserId = importedByUserId;
        ImportedByName = importedByName;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string Sha256 { get; private set; } = string.Empty;

    public int RowCount { get; private set; }

    public string ImportedByUserId { get; private set; } = string.Empty;

    public string ImportedByName { get; private set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; private set; }
}
