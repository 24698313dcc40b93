namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>A plan's current learning records, summed per trainee and per course against the plan's hours.</summary>
public sealed record LearningSummary(
    int PlanId,
    string PlanNumber,
    PlanStatus Status,
    string EnterpriseName,
    DateOnly TrainingStart,
    DateOnly TrainingEnd,
    IReadOnlyList<CourseLearning> Courses,
    IReadOnlyList<TraineeLearning> Trainees,
    IReadOnlyList<LearningBatchInfo> Batches)
{
    /// <summary>Class hours each trainee should complete: the sum of the plan's course hours.</summary>
    public decimal PlannedHoursPerTrainee => Courses.Sum(course => course.PlannedHours);

    public int RecordCount => Trainees.Sum(trainee => trainee.RecordCount);
}

/// <summary>One trainee's learned hours per course (by course id) and in total.</summary>
public sealed record TraineeLearning(
    int TraineeId,
    string Name,
    string MaskedIdNumber,
    IReadOnlyDictionary<int, decimal> HoursByCourse,
    IReadOnlyDictionary<int, bool> CompletedByCourse,
    decimal TotalHours,
    int RecordCount);

/// <summary>One course's planned hours, and how many trainees learned it and for how long in total.</summary>
public sealed record CourseLearning(
    int CourseId,
    string Name,
    decimal PlannedHours,
    int TraineesWithRecords,
    int TraineesReachingPlan,
    int TraineesCompleted,
    decimal TotalHours);

/// <summary>An import of the plan's learning records, for the history list.</summary>
public sealed record LearningBatchInfo(int Id, string FileName, string Sha256, int RowCount, string ImportedByName,
    DateTimeOffset ImportedAt, int CurrentRecords, int SupersededRecords);
