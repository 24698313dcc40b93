using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TrainingSubsidy.Core.Identity;

/// <summary>Adds the user's enterprise, district and display name to the sign-in cookie as claims.</summary>
public sealed class ScopeClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaimTypes.DisplayName, user.DisplayName));
        if (user.EnterpriseId is { } enterpriseId)
        {
            identity.AddClaim(new Claim(
                ScopeClaimTypes.EnterpriseId,
                enterpriseId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.DistrictCode is { } districtCode)
        {
            identity.AddClaim(new Claim(ScopeClaimTypes.DistrictCode, districtCode));
        }

        return identity;
    }
}
