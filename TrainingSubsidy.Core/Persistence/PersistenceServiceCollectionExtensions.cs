using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string ConnectionStringName = "TrainingSubsidy";

    /// <summary>
    /// Registers the SQLite database in the configured data folder (or the connection string
    /// <c>ConnectionStrings:TrainingSubsidy</c> when set), the context factory and the reference-data services.
    /// </summary>
    public static StoragePaths AddTrainingSubsidyPersistence(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRoot)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var paths = new StoragePaths(Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory)));
        paths.EnsureCreated();
        services.AddSingleton(paths);

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = paths.DefaultConnectionString;
        }

        services.AddDbContextFactory<AppDbContext>(builder => ConfigureSqlite(builder, connectionString));
        services.AddSingleton<ReferenceDataSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<PolicyParameterService>();
        services.AddSingleton<Auditing.AuditTrail>();
        services.AddSingleton<Auditing.AuditChainVerifier>();
        services.AddSingleton<Auditing.AuditSearch>();
        services.AddSingleton<Administration.PolicyAdministration>();
        services.AddSingleton<Administration.CalendarAdministration>();
        services.AddSingleton<Administration.OccupationAdministration>();
        services.AddSingleton<Administration.OccupationImport>();
        services.AddSingleton<Oversight.BlacklistService>();
        services.AddSingleton<Oversight.RecoveryService>();
        services.AddSingleton<Statistics.StatisticsService>();
        services.AddSingleton<OnlineTraining.SpotChecks.SpotCheckService>();
        services.AddSingleton<Files.FileStore>();
        Claims.ClaimsServiceCollectionExtensions.AddClaimsAndPayouts(services);
        return paths;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString)
            .AddInterceptors(
                new SqlitePragmaInterceptor(),
                new VersionStampInterceptor(),
                new AppendOnlyAuditInterceptor());
}
