using Microsoft.AspNetCore.Identity;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Web.Infrastructure;

internal static class AppStartup
{
    /// <summary>Migrates the database, seeds reference data, roles, and in Development the demo accounts.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var lifetime = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(lifetime);

        await using var scope = app.Services.CreateAsyncScope();
        await DemoAccountSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(lifetime);
            if (app.Configuration.GetValue("Demo:SeedStory", true))
            {
                await scope.ServiceProvider.GetRequiredService<DemoStorySeeder>().SeedAsync(lifetime);
            }
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TrainingSubsidy.Web");
        app.Lifetime.ApplicationStarted.Register(() => WebLog.Started(logger, app.Environment.EnvironmentName));
        app.Lifetime.ApplicationStopping.Register(() => WebLog.Stopping(logger));
    }
}
