using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Auditing;

internal static partial class AuditLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Appending audit entry {Action} failed")]
    public static partial void AppendFailed(ILogger logger, string action, Exception exception);
}
