using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Seeded demo account {UserName}")]
    public static partial void SeededDemoAccount(ILogger logger, string userName);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Creating demo account {UserName} failed: {Errors}")]
    public static partial void DemoAccountFailed(ILogger logger, string userName, string errors);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Seeded demo {Part} for district {DistrictCode}")]
    public static partial void SeededStoryPart(ILogger logger, string part, string districtCode);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information,
        Message = "Added policy parameters version {VersionNumber} with epidemic end {EpidemicEnd}, effective from {EffectiveFrom}")]
    public static partial void AddedEpidemicEndVersion(ILogger logger, int versionNumber, string epidemicEnd,
        string effectiveFrom);
}
