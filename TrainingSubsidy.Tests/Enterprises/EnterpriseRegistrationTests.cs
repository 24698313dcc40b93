using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Enterprises;

public sealed class EnterpriseRegistrationTests
{
    private const string ValidCode = "91120116MA06B2L4GB";

    [Fact]
    public async Task RegistrationCreatesEnterpriseAndUser()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>()
            .RegisterAsync(Request(), TestContext.Current.CancellationToken);

        Assert.True(result.Errors.IsValid, string.Join(" ", result.Errors.All));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync("zhang.san");
        Assert.NotNull(user);
        Assert.Equal(result.EnterpriseId, user.EnterpriseId);
        Assert.True(await users.IsInRoleAsync(user, Roles.EnterpriseUser));
        await using var db = database.CreateDbContext();
        var enterprise = await db.Enterprises.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ValidCode, enterprise.CreditCode);
        Assert.Equal("120116", enterprise.DistrictCode);
        var audit = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Core.Auditing.AuditActions.EnterpriseRegistered, audit.Action);
        Assert.Equal("zhang.san", audit.UserName);
    }

    [Fact]
    public async Task BadCreditCodeIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var request = Request();
        request.CreditCode = "91120116MA06B2L4GC";

        var result = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>()
            .RegisterAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors.For(nameof(request.CreditCode)), m => m.Contains("校验位", StringComparison.Ordinal));
        Assert.Null(result.EnterpriseId);
    }

    [Fact]
    public async Task DuplicateCreditCodeIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        var token = TestContext.Current.CancellationToken;
        await using (var first = services.CreateAsyncScope())
        {
            await first.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>().RegisterAsync(Request(), token);
        }

        await using var second = services.CreateAsyncScope();
        var request = Request();
        request.UserName = "li.si";
        request.CreditCode = " 91120116ma06b2l4gb ";

        var result = await second.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>()
            .RegisterAsync(request, token);

        Assert.Contains(result.Errors.For(nameof(request.CreditCode)), m => m.Contains("已注册", StringComparison.Ordinal));
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Enterprises.CountAsync(token));
    }

    [Fact]
    public async Task WeakPasswordSavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var request = Request();
        request.Password = request.ConfirmPassword = "short1A";

        var result = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>()
            .RegisterAsync(request, TestContext.Current.CancellationToken);

        Assert.False(result.Errors.IsValid);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Enterprises.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task InvalidMobileNamesTheValue()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var request = Request();
        request.MobilePhone = "1234";

        var result = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistrationService>()
            .RegisterAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors.For(nameof(request.MobilePhone)), m => m.Contains("1234", StringComparison.Ordinal));
    }

    private static async Task<Microsoft.Extensions.DependencyInjection.ServiceProvider> BuildAsync(TestDatabase database)
    {
        var services = TestServices.Build(database, collection => collection.AddScoped(
            provider => provider.GetRequiredService<IDbContextFactory<Core.Persistence.AppDbContext>>().CreateDbContext()));
        await using var scope = services.CreateAsyncScope();
        await DemoAccountSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        return services;
    }

    private static EnterpriseRegistrationRequest Request() => new()
    {
        EnterpriseName = "天津测试科技有限公司",
        CreditCode = ValidCode,
        DistrictCode = "120116",
        Address = "天津市滨海新区测试路1号",
        ContactPerson = "张三",
        MobilePhone = "13812345678",
        UserName = "zhang.san",
        Password = "Abcdefgh123",
        ConfirmPassword = "Abcdefgh123",
    };
}
