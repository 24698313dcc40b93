using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Enterprises;

internal static partial class EnterpriseLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Registered enterprise {EnterpriseId} in district {DistrictCode} with first user {UserName}")]
    public static partial void Registered(ILogger logger, int enterpriseId, string districtCode, string userName);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "User {UserId} updated the profile of enterprise {EnterpriseId}")]
    public static partial void ProfileUpdated(ILogger logger, int enterpriseId, string userId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "User {UserId} hit a concurrency conflict saving the profile of enterprise {EnterpriseId}")]
    public static partial void ProfileConflict(ILogger logger, int enterpriseId, string userId);
}
