using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Auditing;

public sealed class AuditChainTests
{
    [Fact]
    public async Task IntactChainVerifies()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);

        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public async Task SubMillisecondTimesVerify()
    {
        await using var database = await TestDatabase.CreateAsync();
        database.Clock.Advance(TimeSpan.FromTicks(1234567));
        var trail = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);
        await trail.RecordAsync(new AuditRecord("u", "user", AuditActions.SignIn), TestContext.Current.CancellationToken);

        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsIntact, result.Message);
    }

    [Fact]
    public async Task EmptyLogIsIntact()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EntriesChecked);
    }

    [Fact]
    public async Task EditedRowIsCaught()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);

        await ExecuteAsync(database, "UPDATE AuditEntries SET Details = 'changed' WHERE SequenceNumber = 3");
        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenSequenceNumber);
        Assert.Contains("修改", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedRowIsCaught()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);

        await ExecuteAsync(database, "DELETE FROM AuditEntries WHERE SequenceNumber = 2");
        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.BrokenSequenceNumber);
    }

    [Fact]
    public async Task DeletedAndRenumberedRowIsCaught()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);

        await ExecuteAsync(database,
            "DELETE FROM AuditEntries WHERE SequenceNumber = 2; " +
            "UPDATE AuditEntries SET SequenceNumber = SequenceNumber - 1 WHERE SequenceNumber > 2;");
        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.BrokenSequenceNumber);
    }

    [Fact]
    public async Task InsertedRowIsCaught()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);
        await using (var db = database.CreateDbContext())
        {
            var third = await db.AuditEntries.AsNoTracking()
                .SingleAsync(e => e.SequenceNumber == 3, TestContext.Current.CancellationToken);

            // A forged entry after entry 3 with a correctly computed hash of its own.
            var forged = new AuditEntry(4, third.At, "x", "intruder", AuditActions.SignIn, null, null, "forged", third.Hash);
            await ExecuteAsync(database, "UPDATE AuditEntries SET SequenceNumber = SequenceNumber + 100 WHERE SequenceNumber > 3; " +
                                         "UPDATE AuditEntries SET SequenceNumber = SequenceNumber - 99 WHERE SequenceNumber > 100;");
            db.AuditEntries.Add(forged);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsIntact);
        Assert.Equal(5, result.BrokenSequenceNumber);
    }

    [Fact]
    public async Task AppChangesToEntriesAreRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 1);
        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);

        db.AuditEntries.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ParallelAppendsKeepOneChain()
    {
        await using var database = await TestDatabase.CreateAsync();
        var trail = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), TestContext.Current.CancellationToken, async (i, token) =>
            await trail.RecordAsync(new AuditRecord("u", "user", AuditActions.SignIn, "user", "u", $"第{i}次"), token));
        var result = await new AuditChainVerifier(database).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(40, result.EntriesChecked);
    }

    internal static async Task AppendAsync(TestDatabase database, int count)
    {
        var trail = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);
        for (var i = 1; i <= count; i++)
        {
            database.Clock.Advance(TimeSpan.FromMinutes(1));
            await trail.RecordAsync(new AuditRecord($"user-{i}", $"user{i}", AuditActions.SignIn, "user", $"user-{i}",
                $"第{i}次登录"));
        }
    }

    internal static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
