using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Tests.Support;

/// <summary>
/// A fresh SQLite database file in a temporary folder, migrated and seeded with reference data, deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<AppDbContext>
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        Paths = new StoragePaths(directory);
        Paths.EnsureCreated();
        ConnectionString = Paths.DefaultConnectionString;
    }

    public string Directory { get; }

    public StoragePaths Paths { get; }

    public string ConnectionString { get; }

    /// <summary>2020-03-02 09:00 Beijing time, a Monday during the epidemic.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2020, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ts-tests", Guid.NewGuid().ToString("N"));
        var database = new TestDatabase(directory);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        await new ReferenceDataSeeder(database.Clock).SeedAsync(db, CancellationToken.None);
        return database;
    }

    public AppDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
        return new AppDbContext(builder.Options);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left for the operating system's temp cleanup.
        }

        return ValueTask.CompletedTask;
    }
}
