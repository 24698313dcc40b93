using System.Globalization;
using System.Security.Claims;
using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Identity;

/// <summary>
/// Who is acting and over what: the role, and the enterprise or district the role is limited to. Services take a
/// scope with every call and check each read and write against it.
/// </summary>
public sealed record UserScope(string UserId, string UserName, string Role, int? EnterpriseId, string? DistrictCode)
{
    public bool IsEnterpriseUser => Role == Roles.EnterpriseUser;

    public bool IsDistrictStaff => Role is Roles.DistrictReviewer or Roles.DistrictFinance;

    public bool IsCityAdmin => Role == Roles.CityAdmin;

    /// <summary>Reads the scope from a signed-in principal; returns null for an anonymous one or a role-less one.</summary>
    public static UserScope? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (userId is null || role is null)
        {
            return null;
        }

        var enterprise = principal.FindFirstValue(ScopeClaimTypes.EnterpriseId);
        int? enterpriseId = int.TryParse(enterprise, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

        return new UserScope(
            userId,
            principal.Identity.Name ?? string.Empty,
            role,
            enterpriseId,
            principal.FindFirstValue(ScopeClaimTypes.DistrictCode));
    }

    /// <summary>True when this user may see or act on data of the given enterprise.</summary>
    public bool CanAccessEnterprise(int enterpriseId, string enterpriseDistrictCode) => Role switch
    {
        Roles.EnterpriseUser => EnterpriseId == enterpriseId,
        Roles.DistrictReviewer or Roles.DistrictFinance => DistrictCode == enterpriseDistrictCode,
        Roles.CityAdmin => true,
        _ => false,
    };

    /// <summary>True when this user may see or act on data of the given district.</summary>
    public bool CanAccessDistrict(string districtCode) => Role switch
    {
        Roles.DistrictReviewer or Roles.DistrictFinance => DistrictCode == districtCode,
        Roles.CityAdmin => true,
        _ => false,
    };

    public void EnsureRole(params string[] roles)
    {
        if (!roles.Contains(Role))
        {
            throw new AccessDeniedException("您的角色无权执行此操作。");
        }
    }

    public void EnsureCanAccessEnterprise(int enterpriseId, string enterpriseDistrictCode)
    {
        if (!CanAccessEnterprise(enterpriseId, enterpriseDistrictCode))
        {
            throw new AccessDeniedException("您无权查看或操作其他企业或其他区的数据。");
        }
    }

    public void EnsureCanAccessDistrict(string districtCode)
    {
        if (!CanAccessDistrict(districtCode))
        {
            throw new AccessDeniedException("您无权查看或操作其他区的数据。");
        }
    }
}
