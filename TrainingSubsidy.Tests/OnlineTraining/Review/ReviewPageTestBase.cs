using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Support;
using TrainingSubsidy.Web.Features.Review;
using TrainingSubsidy.Web.Infrastructure;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

/// <summary>A bUnit context with the review services on a test database, signed in as Binhai's reviewer.</summary>
public abstract class ReviewPageTestBase : BunitContext, IAsyncLifetime
{
    internal TestDatabase Database { get; private set; } = default!;

    internal ReviewTestData Data { get; private set; } = default!;

    internal Enterprise Enterprise { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Data = new ReviewTestData(Database);
        Enterprise = await Data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(Database);
        Services.AddSingleton<TimeProvider>(Database.Clock);
        Services.AddSingleton(Data.PasswordProtector);
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddSingleton<Core.Auditing.AuditTrail>();
        Services.AddSingleton<Core.Oversight.BlacklistService>();
        Services.AddPlanReview();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<PlanQueueFilterState>();

        var authorization = AddAuthorization();
        authorization.SetAuthorized(BinhaiReviewer.UserName);
        authorization.SetRoles(Roles.DistrictReviewer);
        authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, BinhaiReviewer.UserId),
            new Claim(ScopeClaimTypes.DistrictCode, Binhai));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await Database.DisposeAsync();
    }

    /// <summary>Renders the page after the providers that MudBlazor's popovers and dialogs need.</summary>
    protected IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderWithProviders<TPage>(
        Action<Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder>? addAttributes = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(2);
            addAttributes?.Invoke(builder);
            builder.CloseComponent();
        });
        return page;
    }
}
