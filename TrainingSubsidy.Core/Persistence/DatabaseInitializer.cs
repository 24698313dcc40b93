using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Persistence;

/// <summary>Applies pending migrations and creates the reference data, logging which database and migrations.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<AppDbContext> dbFactory,
    ReferenceDataSeeder referenceDataSeeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        PersistenceLog.UsingDatabase(logger, DescribeDataSource(db));

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            PersistenceLog.ApplyingMigrations(logger, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        PersistenceLog.SchemaUpToDate(logger, applied.LastOrDefault() ?? "(none)");

        var added = await referenceDataSeeder.SeedAsync(db, cancellationToken);
        PersistenceLog.SeededReferenceData(logger, added);
    }

    private static string DescribeDataSource(AppDbContext db)
    {
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        if (db.Database.IsSqlite())
        {
            return Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }

        // Other providers: name the provider only, because the connection string may hold a password.
        return db.Database.ProviderName ?? "unknown provider";
    }
}
