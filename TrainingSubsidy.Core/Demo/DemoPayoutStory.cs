using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Demo;

/// <summary>Seeds one paid payout batch of a district: created, exported (locked), sent to the bank and paid.</summary>
internal static class DemoPayoutStory
{
    /// <summary>
    /// Pays the given payable awards of one district through a new batch created by <paramref name="finance"/>.
    /// The finance account is not the reviewer of any demo award, as the payout rules require.
    /// </summary>
    public static async Task PayAsync(AppDbContext db, ApplicationUser finance, IReadOnlyList<Award> awards,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var createdAt = now.AddDays(-10).ToOffset(ChinaTime.Offset);
        var district = awards[0].DistrictCode;
        var prefix = $"BF{district}-{createdAt:yyyyMMdd}";
        var sameDay = await db.PayoutBatches.CountAsync(b => b.BatchNumber.StartsWith(prefix), cancellationToken);
        var batch = new PayoutBatch($"{prefix}-{sameDay + 1:00}", district, finance.Id, finance.DisplayName, createdAt);
        db.PayoutBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var award in awards)
        {
            batch.Add(award);
        }

        batch.LockForExport(now.AddDays(-9));
        foreach (var award in awards)
        {
            batch.MarkSent(award, now.AddDays(-8));
            batch.MarkPaid(award, now.AddDays(-6));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
