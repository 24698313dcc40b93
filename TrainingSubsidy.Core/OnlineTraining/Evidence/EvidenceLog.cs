using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.OnlineTraining.Evidence;

internal static partial class EvidenceLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information,
        Message = "User {UserId} attached evidence file {FileId} to training plan {PlanId}")]
    public static partial void Attached(ILogger logger, int fileId, int planId, string userId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information,
        Message = "User {UserId} removed evidence file {FileId} from training plan {PlanId}")]
    public static partial void Removed(ILogger logger, int fileId, int planId, string userId);
}
