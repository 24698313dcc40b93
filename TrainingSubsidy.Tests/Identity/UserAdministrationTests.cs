using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSubsidy.Core.Administration;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Identity;

public sealed class UserAdministrationTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);

    [Fact]
    public async Task StaffAccountGetsRoleAndDistrict()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        var (errors, password) = await administration.CreateStaffAsync(Admin,
            new StaffAccountRequest { UserName = "finance.hexi", DisplayName = "河西财务", Role = Roles.DistrictFinance, DistrictCode = "120103" },
            TestContext.Current.CancellationToken);

        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        Assert.NotNull(password);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync("finance.hexi");
        Assert.NotNull(user);
        Assert.Equal("120103", user.DistrictCode);
        Assert.True(await users.IsInRoleAsync(user, Roles.DistrictFinance));
        Assert.True(await users.CheckPasswordAsync(user, password));
    }

    [Fact]
    public async Task DistrictStaffNeedDistrict()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();

        var (errors, password) = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateStaffAsync(Admin,
            new StaffAccountRequest { UserName = "reviewer.x", DisplayName = "审核员", Role = Roles.DistrictReviewer },
            TestContext.Current.CancellationToken);

        Assert.Null(password);
        Assert.NotEmpty(errors.For(nameof(StaffAccountRequest.DistrictCode)));
    }

    [Fact]
    public async Task OnlyCityAdminManagesUsers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var reviewer = new UserScope("r", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .ListAsync(reviewer, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DisablingChangesSecurityStamp()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await administration.CreateStaffAsync(Admin,
            new StaffAccountRequest { UserName = "reviewer.hexi", DisplayName = "河西审核", Role = Roles.DistrictReviewer, DistrictCode = "120103" },
            TestContext.Current.CancellationToken);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync("reviewer.hexi");
        var stampBefore = user!.SecurityStamp;

        await administration.SetDisabledAsync(Admin, user.Id, true, TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, TestContext.Current.CancellationToken);
        Assert.True(stored.IsDisabled);
        Assert.NotEqual(stampBefore, stored.SecurityStamp);
        Assert.Contains(await db.AuditEntries.ToListAsync(TestContext.Current.CancellationToken),
            entry => entry.Action == Core.Auditing.AuditActions.UserDisabled && entry.ItemId == user.Id);
    }

    [Fact]
    public async Task AdminCannotDisableSelf()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();

        await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .SetDisabledAsync(Admin, Admin.UserId, true, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void GeneratedPasswordsMeetPolicy()
    {
        for (var i = 0; i < 200; i++)
        {
            var password = UserAdministration.GeneratePassword();

            Assert.Equal(14, password.Length);
            Assert.Contains(password, char.IsAsciiLetterUpper);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.Contains(password, char.IsAsciiDigit);
        }
    }

    private static async Task<ServiceProvider> BuildAsync(TestDatabase database)
    {
        var services = TestServices.Build(database, collection =>
        {
            collection.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
            collection.AddScoped<UserAdministration>();
        });
        await using var scope = services.CreateAsyncScope();
        await DemoAccountSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        return services;
    }
}
