using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Auditing;

/// <summary>What to append to the audit log; the trail adds the time, sequence number and hashes.</summary>
public sealed record AuditRecord(
    string? UserId,
    string? UserName,
    string Action,
    string? ItemType = null,
    string? ItemId = null,
    string? Details = null)
{
    public static AuditRecord For(UserScope scope, string action, string? itemType = null, string? itemId = null,
        string? details = null) =>
        new(scope.UserId, scope.UserName, action, itemType, itemId, details);
}

/// <summary>
/// Appends entries to the hash-chained audit log. Appends are serialised twice: by a process-wide lock, and by an
/// immediate SQLite transaction with a unique sequence number, so two writers can never fork the chain.
/// </summary>
public sealed class AuditTrail(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider timeProvider,
    ILogger<AuditTrail> logger)
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var last = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(entry => entry.SequenceNumber)
                .Select(entry => new { entry.SequenceNumber, entry.Hash })
                .FirstOrDefaultAsync(cancellationToken);

            var entry = new AuditEntry(
                (last?.SequenceNumber ?? 0) + 1,
                timeProvider.GetUtcNow(),
                record.UserId,
                record.UserName,
                record.Action,
                record.ItemType,
                record.ItemId,
                record.Details,
                last?.Hash ?? AuditEntry.GenesisHash);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            AuditLog.AppendFailed(logger, record.Action, exception);
            throw;
        }
        finally
        {
            AppendLock.Release();
        }
    }
}
