namespace TrainingSubsidy.Core.Identity;

/// <summary>Claim types that carry a user's scope in the sign-in cookie.</summary>
public static class ScopeClaimTypes
{
    public const string EnterpriseId = "ts:enterprise";
    public const string DistrictCode = "ts:district";
    public const string DisplayName = "ts:display-name";
}
