using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Persistence;

public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task EveryConnectionGetsPragmas()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
        Assert.Equal("10000", await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
    }

    [Fact]
    public async Task ForeignDatabaseFileIsSwitchedToWal()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ts-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "foreign.db");
        await using (var foreign = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await foreign.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = foreign.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE t(x);";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var options = new DbContextOptionsBuilder<Core.Persistence.AppDbContext>();
        Core.Persistence.PersistenceServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={file};Pooling=False");
        await using var db = new Core.Persistence.AppDbContext(options.Options);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", await PragmaAsync(db.Database.GetDbConnection(), "journal_mode"));
        Assert.Equal("2", await PragmaAsync(db.Database.GetDbConnection(), "synchronous"));
        await db.Database.CloseConnectionAsync();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<string> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
