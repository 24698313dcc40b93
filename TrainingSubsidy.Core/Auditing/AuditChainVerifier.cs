using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Auditing;

/// <summary>The outcome of walking the audit chain: intact, or the first entry where it breaks and why.</summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenSequenceNumber, string Message);

/// <summary>
/// Walks the audit log in sequence order and checks that the sequence has no gaps, that each entry's previous hash
/// is the hash of the entry before it, and that each stored hash matches its recomputed content.
/// </summary>
public sealed class AuditChainVerifier(IDbContextFactory<AppDbContext> dbFactory)
{
    private const int PageSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var expectedSequence = 1L;
        var previousHash = AuditEntry.GenesisHash;
        var checkedCount = 0L;

        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(entry => entry.SequenceNumber >= expectedSequence)
                .OrderBy(entry => entry.SequenceNumber)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var entry in page)
            {
                if (entry.SequenceNumber != expectedSequence)
                {
                    return Broken(checkedCount, expectedSequence,
                        $"第{expectedSequence}条记录缺失（下一条为第{entry.SequenceNumber}条），日志可能被删除。");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return Broken(checkedCount, entry.SequenceNumber,
                        $"第{entry.SequenceNumber}条记录的前序哈希与第{entry.SequenceNumber - 1}条不符，日志可能被插入或删除。");
                }

                if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
                {
                    return Broken(checkedCount, entry.SequenceNumber,
                        $"第{entry.SequenceNumber}条记录的内容与其哈希不符，日志可能被修改。");
                }

                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }

        var total = await db.AuditEntries.LongCountAsync(cancellationToken);
        if (total != checkedCount)
        {
            return Broken(checkedCount, null,
                $"日志共有{total}条记录，但哈希链只连接了{checkedCount}条，存在序号重复或链外插入的记录。");
        }

        return new AuditVerification(true, checkedCount, null, $"审计日志完整：共{checkedCount}条记录，哈希链未被破坏。");
    }

    private static AuditVerification Broken(long checkedCount, long? sequence, string message) =>
        new(false, checkedCount, sequence, message);
}
