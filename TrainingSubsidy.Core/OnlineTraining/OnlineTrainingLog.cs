using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.OnlineTraining;

internal static partial class OnlineTrainingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "User {UserId} created training plan {PlanId} ({PlanNumber}) for enterprise {EnterpriseId}")]
    public static partial void PlanCreated(ILogger logger, int planId, string planNumber, int enterpriseId, string userId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "User {UserId} saved step {Step} of training plan {PlanId}")]
    public static partial void StepSaved(ILogger logger, int planId, int step, string userId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "User {UserId} hit a concurrency conflict on training plan {PlanId}")]
    public static partial void PlanConflict(ILogger logger, int planId, string userId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "User {UserId} imported {TraineeCount} trainees into training plan {PlanId}")]
    public static partial void TraineesImported(ILogger logger, int planId, int traineeCount, string userId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Trainee import into training plan {PlanId} rejected with {ErrorCount} row errors")]
    public static partial void TraineeImportRejected(ILogger logger, int planId, int errorCount);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "User {UserId} submitted training plan {PlanId}")]
    public static partial void PlanSubmitted(ILogger logger, int planId, string userId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning,
        Message = "Plan number {PlanNumber} was taken concurrently; retrying (attempt {Attempt})")]
    public static partial void PlanNumberRetry(ILogger logger, string planNumber, int attempt);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information,
        Message = "User {UserId} attached signed commitment letter file {FileId} to training plan {PlanId}")]
    public static partial void LetterAttached(ILogger logger, int planId, int fileId, string userId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information,
        Message = "User {UserId} deleted draft training plan {PlanId} ({PlanNumber})")]
    public static partial void DraftDeleted(ILogger logger, int planId, string planNumber, string userId);
}
