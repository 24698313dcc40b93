using System.Security.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Tests.Identity;

public sealed class UserScopeTests
{
    private static readonly UserScope Enterprise7 = new("u1", "e", Roles.EnterpriseUser, 7, null);
    private static readonly UserScope BinhaiReviewer = new("u2", "r", Roles.DistrictReviewer, null, "120116");
    private static readonly UserScope HepingFinance = new("u3", "f", Roles.DistrictFinance, null, "120101");
    private static readonly UserScope Admin = new("u4", "a", Roles.CityAdmin, null, null);

    [Fact]
    public void EnterpriseSeesOnlyItself()
    {
        Assert.True(Enterprise7.CanAccessEnterprise(7, "120116"));
        Assert.False(Enterprise7.CanAccessEnterprise(8, "120116"));
        Assert.False(Enterprise7.CanAccessDistrict("120116"));
    }

    [Fact]
    public void DistrictStaffSeeOnlyTheirDistrict()
    {
        Assert.True(BinhaiReviewer.CanAccessEnterprise(8, "120116"));
        Assert.False(BinhaiReviewer.CanAccessEnterprise(8, "120101"));
        Assert.True(HepingFinance.CanAccessDistrict("120101"));
        Assert.False(HepingFinance.CanAccessDistrict("120116"));
    }

    [Fact]
    public void CityAdminSeesAll()
    {
        Assert.True(Admin.CanAccessEnterprise(8, "120101"));
        Assert.True(Admin.CanAccessDistrict("120116"));
    }

    [Fact]
    public void EnsureThrowsAccessDenied()
    {
        Assert.Throws<AccessDeniedException>(() => Enterprise7.EnsureCanAccessEnterprise(8, "120116"));
        Assert.Throws<AccessDeniedException>(() => BinhaiReviewer.EnsureCanAccessDistrict("120101"));
        Assert.Throws<AccessDeniedException>(() => BinhaiReviewer.EnsureRole(Roles.CityAdmin));
    }

    [Fact]
    public void ScopeIsReadFromClaims()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "id-1"),
                new Claim(ClaimTypes.Name, "enterprise.binhai"),
                new Claim(ClaimTypes.Role, Roles.EnterpriseUser),
                new Claim(ScopeClaimTypes.EnterpriseId, "42"),
            ],
            "test");

        var scope = UserScope.FromPrincipal(new ClaimsPrincipal(identity));

        Assert.NotNull(scope);
        Assert.Equal(Roles.EnterpriseUser, scope.Role);
        Assert.Equal(42, scope.EnterpriseId);
        Assert.Null(scope.DistrictCode);
    }

    [Fact]
    public void AnonymousHasNoScope()
    {
        Assert.Null(UserScope.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
