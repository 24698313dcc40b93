using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

internal static partial class ReviewLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "User {UserName} recorded decision {Action} on training plan {PlanId}")]
    public static partial void Decided(ILogger logger, string userName, PlanReviewAction action, int planId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "User {UserName} lost a concurrent update of training plan {PlanId}; nothing was saved")]
    public static partial void DecisionConflict(ILogger logger, string userName, int planId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Audit: user {UserName} revealed the platform password of training plan {PlanId}")]
    public static partial void PlatformPasswordRevealed(ILogger logger, string userName, int planId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information,
        Message = "Audit: user {UserName} revealed trainee {TraineeId} of training plan {PlanId}")]
    public static partial void TraineeRevealed(ILogger logger, string userName, int traineeId, int planId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error,
        Message = "The platform password of training plan {PlanId} cannot be decrypted")]
    public static partial void PlatformPasswordUnreadable(ILogger logger, int planId, Exception exception);
}
