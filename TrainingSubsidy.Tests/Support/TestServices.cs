using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Tests.Support;

/// <summary>
/// A real dependency-injection container over a <see cref="TestDatabase"/>: Identity stores, the context factory
/// and the application services, as the web application registers them.
/// </summary>
public static class TestServices
{
    public static ServiceProvider Build(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton(database.Paths);
        services.AddDbContextFactory<AppDbContext>(builder =>
            PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, database.ConnectionString));
        services.AddDataProtection();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.AddScoped<EnterpriseRegistrationService>();
        services.AddSingleton<TrainingSubsidy.Core.Auditing.AuditTrail>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
