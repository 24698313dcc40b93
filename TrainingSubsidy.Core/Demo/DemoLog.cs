using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Seeded demo account {UserName}")]
    public static partial void SeededDemoAccount(ILogger logger, string userName);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Creating demo account {UserName} failed: {Errors}")]
    public static partial void DemoAccountFailed(ILogger logger, string userName, string errors);
}
