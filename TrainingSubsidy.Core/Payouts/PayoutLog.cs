using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Payouts;

internal static partial class PayoutLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information,
        Message = "{Count} awards became payable after their public notice ended")]
    public static partial void AwardsPayable(ILogger logger, int count);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information,
        Message = "User {UserName} recorded objection {ObjectionId} against award {AwardId}")]
    public static partial void ObjectionRecorded(ILogger logger, string userName, int objectionId, int awardId);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information,
        Message = "User {UserName} resolved objection {ObjectionId}; upheld: {Upheld}")]
    public static partial void ObjectionResolved(ILogger logger, string userName, int objectionId, bool upheld);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Information,
        Message = "User {UserName} created payout batch {BatchId} with {Count} awards")]
    public static partial void BatchCreated(ILogger logger, string userName, int batchId, int count);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Information,
        Message = "User {UserName} exported the {Format} ledger of payout batch {BatchId}; locked now: {Locked}")]
    public static partial void LedgerExported(ILogger logger, string userName, string format, int batchId, bool locked);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Information,
        Message = "User {UserName} marked award {AwardId} of payout batch {BatchId} as {Result}")]
    public static partial void PaymentMarked(ILogger logger, string userName, int awardId, int batchId, PaymentResult result);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Warning,
        Message = "User {UserName} lost a concurrent update of payout batch {BatchId}; nothing was saved")]
    public static partial void BatchConflict(ILogger logger, string userName, int batchId);
}
