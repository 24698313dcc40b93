using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Support;
using TrainingSubsidy.Web.Features.Claims;
using TrainingSubsidy.Web.Infrastructure;

namespace TrainingSubsidy.Tests.Claims;

public sealed class ClaimPageTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ClaimTestData _data = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ClaimTestData(_database);

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(_database);
        Services.AddSingleton<TimeProvider>(_database.Clock);
        Services.AddSingleton<Core.Auditing.AuditTrail>();
        Services.AddSingleton<Core.Oversight.BlacklistService>();
        Services.AddClaimsAndPayouts();
        Services.AddScoped<CurrentUser>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnterpriseSubmitsClaimFromForm()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        await _data.AddLearningAsync(plan, [(16m, 4m), (8m, 4m)]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        SignIn(ClaimTestData.EnterpriseUser(enterprise));

        var page = RenderWithProviders<ClaimFormPage>(builder => builder.AddAttribute(3, nameof(ClaimFormPage.PlanId), plan.Id));
        page.WaitForElement("#claim-total");
        var total = page.Find("#claim-total").TextContent;
        var submitDisabled = page.Find("#submit-claim").HasAttribute("disabled");
        page.Find("#confirm-bank").Change(true);
        page.Find("#confirm-genuine").Change(true);
        page.Find("#submit-claim").Click();

        Assert.Contains("符合条件 1 人", total, StringComparison.Ordinal);
        Assert.Contains("600.00 元", total, StringComparison.Ordinal);
        Assert.True(submitDisabled);
        page.WaitForAssertion(() => Assert.Equal(1, CountClaims()));
        Assert.Contains("学习课时不足", page.Find("#claim-trainees").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewerApprovesWithExclusion()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        SignIn(ClaimTestData.Reviewer);

        var page = RenderWithProviders<ClaimReviewPage>(builder => builder.AddAttribute(3, nameof(ClaimReviewPage.ClaimId), claimId));
        page.WaitForElement("#claim-decision");
        page.FindAll("#claim-review-trainees input")[0].Change("已离职");
        page.WaitForAssertion(() => Assert.Contains("通过后补贴 1 人", page.Find("#claim-decision").TextContent,
            StringComparison.Ordinal));
        page.Find("#claim-approve").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#claim-decision")));
        await using var db = _database.CreateDbContext();
        var award = await db.Awards.SingleAsync(Token);
        Assert.Equal(1, award.Quantity);
        Assert.Equal(new DateOnly(2020, 3, 24), award.NoticeStart);
    }

    private int CountClaims()
    {
        using var db = _database.CreateDbContext();
        return db.SubsidyClaims.Count();
    }

    private void SignIn(UserScope scope)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(scope.UserName);
        authorization.SetRoles(scope.Role);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, scope.UserId) };
        if (scope.DistrictCode is { } district)
        {
            claims.Add(new Claim(ScopeClaimTypes.DistrictCode, district));
        }

        if (scope.EnterpriseId is { } enterpriseId)
        {
            claims.Add(new Claim(ScopeClaimTypes.EnterpriseId, enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        authorization.SetClaims([.. claims]);
    }

    private IRenderedComponent<IComponent> RenderWithProviders<TPage>(
        Action<Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder> addAttributes)
        where TPage : IComponent =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(2);
            addAttributes(builder);
            builder.CloseComponent();
        });
}
