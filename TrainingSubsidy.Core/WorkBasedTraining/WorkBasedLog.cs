using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>Log messages of work-in-lieu-of-training, with ids and never ID numbers, phones or bank accounts.</summary>
internal static partial class WorkBasedLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information,
        Message = "{UserName} listed medical-supplies producer entry {EntryId}")]
    public static partial void ProducerListed(ILogger logger, string userName, int entryId);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information,
        Message = "{UserName} removed medical-supplies producer entry {EntryId}")]
    public static partial void ProducerRemoved(ILogger logger, string userName, int entryId);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information,
        Message = "{UserName} imported {Count} medical-supplies producer entries")]
    public static partial void ProducersImported(ILogger logger, string userName, int count);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Information,
        Message = "Medical-supplies producer import by {UserName} rejected with {ErrorCount} row errors")]
    public static partial void ProducerImportRejected(ILogger logger, string userName, int errorCount);

    [LoggerMessage(EventId = 9111, Level = LogLevel.Information,
        Message = "{UserName} submitted work-based application {ApplicationId} with {WorkerMonths} worker-months")]
    public static partial void Submitted(ILogger logger, string userName, int applicationId, int workerMonths);

    [LoggerMessage(EventId = 9112, Level = LogLevel.Warning,
        Message = "Submission of work-based application {ApplicationId} rejected by the citywide month cap")]
    public static partial void CapRejected(ILogger logger, int applicationId, Exception exception);

    [LoggerMessage(EventId = 9113, Level = LogLevel.Information,
        Message = "{UserName} imported {Count} workers into work-based application {ApplicationId}")]
    public static partial void WorkersImported(ILogger logger, string userName, int count, int applicationId);

    [LoggerMessage(EventId = 9121, Level = LogLevel.Information,
        Message = "{UserName} decided work-based application {ApplicationId}: {Status}")]
    public static partial void Decided(ILogger logger, string userName, int applicationId, WorkBasedApplicationStatus status);

    [LoggerMessage(EventId = 9122, Level = LogLevel.Warning,
        Message = "Decision by {UserName} on work-based application {ApplicationId} conflicted with another save")]
    public static partial void DecisionConflict(ILogger logger, string userName, int applicationId);
}
