namespace TrainingSubsidy.Web.Features.Learning;

internal static partial class LearningPageLog
{
    [LoggerMessage(EventId = 4251, Level = LogLevel.Warning,
        Message = "Upload of a learning-record file for training plan {PlanId} failed")]
    public static partial void UploadFailed(ILogger logger, Exception exception, int planId);
}
