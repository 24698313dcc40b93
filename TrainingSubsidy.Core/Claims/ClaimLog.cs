using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Claims;

internal static partial class ClaimLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information,
        Message = "User {UserName} submitted subsidy claim {ClaimId} for training plan {PlanId} with {PayableCount} payable trainees")]
    public static partial void Submitted(ILogger logger, string userName, int claimId, int planId, int payableCount);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning,
        Message = "Subsidy claim for training plan {PlanId} by user {UserName} was rejected by the once-per-person index")]
    public static partial void OncePerPersonViolated(ILogger logger, int planId, string userName, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information,
        Message = "User {UserName} recorded decision {Status} on subsidy claim {ClaimId}")]
    public static partial void Decided(ILogger logger, string userName, ClaimStatus status, int claimId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning,
        Message = "User {UserName} lost a concurrent update of subsidy claim {ClaimId}; nothing was saved")]
    public static partial void DecisionConflict(ILogger logger, string userName, int claimId);
}
