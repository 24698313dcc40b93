using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Enterprises;

internal static partial class EnterpriseLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Registered enterprise {EnterpriseId} in district {DistrictCode} with first user {UserName}")]
    public static partial void Registered(ILogger logger, int enterpriseId, string districtCode, string userName);
}
