using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Web.Components.Account;
using TrainingSubsidy.Web.Features.Files;
using TrainingSubsidy.Web.Features.Learning;
using TrainingSubsidy.Web.Features.Review;

namespace TrainingSubsidy.Web.Infrastructure;

internal static class ServiceRegistration
{
    public static void AddTrainingSubsidyServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        var paths = services.AddTrainingSubsidyPersistence(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(BusinessClock(builder));
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.SectionName));

        // Keys in the data folder keep sign-in cookies valid across restarts.
        services.AddDataProtection()
            .SetApplicationName("TrainingSubsidy")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));

        builder.AddIdentityServices();

        services.AddScoped<EnterpriseRegistrationService>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<DemoStorySeeder>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<TrainingSubsidy.Core.Administration.UserAdministration>();
        services.AddPlanReview();
        services.AddScoped<PlanQueueFilterState>();
        services.AddFileDownloads();
        services.AddLearning();

        services.TryAddSingleton<FileStore>();
        services.TryAddSingleton<PlatformPasswordProtector>();
        services.AddSingleton<RosterPreCheck>();
        services.AddSingleton<EnterpriseProfileService>();
        services.AddSingleton<TrainingPlanService>();
        services.AddSingleton<PlanDraftService>();
        services.AddSingleton<PlanSubmissionService>();
        services.AddSingleton<CommitmentLetterService>();
        services.AddWorkBasedTraining();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>
    /// Returns the clock for business dates. In Development, the setting Clock:StartAt (an ISO 8601 moment) starts it
    /// at that moment; sign-in cookies keep the real clock, so browsers do not discard them as expired.
    /// </summary>
    private static TimeProvider BusinessClock(WebApplicationBuilder builder)
    {
        var startAt = builder.Configuration["Clock:StartAt"];
        if (string.IsNullOrWhiteSpace(startAt))
        {
            return TimeProvider.System;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Clock:StartAt is allowed in Development only.");
        }

        return new TrainingSubsidy.Core.Common.AnchoredTimeProvider(
            DateTimeOffset.Parse(startAt, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AddIdentityServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/access-denied";
                options.Cookie.Name = "TrainingSubsidy.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.TimeProvider = TimeProvider.System;
                options.SlidingExpiration = true;
            }));
        services.AddAuthorization();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters =
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ScopeClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // The cookie's security stamp is checked against the database on every request, so that disabling a user
        // or resetting a password ends the sessions at once; open circuits are stopped by the circuit handler.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.TimeProvider = TimeProvider.System;
        });
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, DisabledUserCircuitHandler>();
    }
}
