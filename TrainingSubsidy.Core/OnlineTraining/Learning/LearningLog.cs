using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

internal static partial class LearningLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "User {UserId} imported {RowCount} learning records into training plan {PlanId} as batch {BatchId}, superseding {SupersededCount}")]
    public static partial void Imported(ILogger logger, int planId, int batchId, int rowCount, int supersededCount,
        string userId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information,
        Message = "Learning-record import into training plan {PlanId} rejected with {ErrorCount} row errors")]
    public static partial void Rejected(ILogger logger, int planId, int errorCount);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information,
        Message = "Learning-record import into training plan {PlanId} changed nothing: {Reason}")]
    public static partial void Unchanged(ILogger logger, int planId, string reason);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information,
        Message = "Learning-record import into training plan {PlanId} was cancelled by user {UserId}")]
    public static partial void Cancelled(ILogger logger, int planId, string userId);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning,
        Message = "Learning-record file for training plan {PlanId} could not be opened")]
    public static partial void Unreadable(ILogger logger, Exception exception, int planId);
}
