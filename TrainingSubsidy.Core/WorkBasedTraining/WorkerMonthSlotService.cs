using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// Takes and frees slots in the citywide register of payable worker-months. Callers run it inside the submitting
/// or deciding transaction, and the unique indexes reject whatever a concurrent writer took first.
/// </summary>
internal static class WorkerMonthSlotService
{
    /// <summary>Counts the payable months of each worker's ID number in other applications.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountElsewhereAsync(AppDbContext db,
        WorkBasedTrainingApplication application, CancellationToken cancellationToken)
    {
        var ids = application.Workers.Select(worker => worker.IdNumber).ToList();
        var counts = await db.WorkerMonthSlots.AsNoTracking()
            .Where(slot => slot.IsPayable && slot.ApplicationId != application.Id && ids.Contains(slot.IdNumber))
            .GroupBy(slot => slot.IdNumber)
            .Select(group => new { IdNumber = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => counts.FirstOrDefault(c => c.IdNumber == id)?.Count ?? 0);
    }

    /// <summary>
    /// Adds a payable slot for every worker-month of the application, or throws a <see cref="DomainException"/>
    /// naming the worker and month when the month is taken or the worker has no free slot.
    /// </summary>
    public static async Task AssignAsync(AppDbContext db, WorkBasedTrainingApplication application,
        CancellationToken cancellationToken)
    {
        var ids = application.Workers.Select(worker => worker.IdNumber).ToList();
        var taken = await db.WorkerMonthSlots.AsNoTracking()
            .Where(slot => slot.IsPayable && ids.Contains(slot.IdNumber))
            .ToListAsync(cancellationToken);
        foreach (var worker in application.Workers)
        {
            var mine = taken.Where(slot => slot.IdNumber == worker.IdNumber).ToList();
            var used = mine.Select(slot => slot.Slot).ToHashSet();
            foreach (var month in worker.Months.OrderBy(m => m.Month, StringComparer.Ordinal))
            {
                if (mine.Any(slot => slot.Month == month.Month))
                {
                    throw new DomainException(
                        $"{worker.Name}（{worker.MaskedIdNumber}）{month.Month}已在其他以工代训申请中申报或获批，同一职工同一月份全市只能申请一次。请删除该月份后再提交。");
                }

                var free = Enumerable.Range(1, WorkerMonthSlot.MaxSlot).FirstOrDefault(n => !used.Contains(n));
                if (free == 0)
                {
                    throw CapExceeded(worker);
                }

                used.Add(free);
                db.WorkerMonthSlots.Add(new WorkerMonthSlot(worker.IdNumber, month.Month, free, application.Id,
                    month.Id));
            }
        }
    }

    /// <summary>Frees the application's slots; only those of <paramref name="workerMonthIds"/> when given.</summary>
    public static async Task ReleaseAsync(AppDbContext db, int applicationId, IReadOnlyCollection<int>? workerMonthIds,
        CancellationToken cancellationToken)
    {
        var slots = await db.WorkerMonthSlots
            .Where(slot => slot.ApplicationId == applicationId && slot.IsPayable)
            .ToListAsync(cancellationToken);
        foreach (var slot in slots.Where(s => workerMonthIds is null || workerMonthIds.Contains(s.WorkerMonthId)))
        {
            slot.Release();
        }
    }

    /// <summary>True when SQLite rejected the save because of one of the register's unique indexes.</summary>
    public static bool IsCapViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 } sqlite
        && (sqlite.Message.Contains("WorkerMonthSlots.IdNumber", StringComparison.Ordinal)
            || sqlite.Message.Contains("CK_WorkerMonthSlots_Slot", StringComparison.Ordinal));

    public const string ConcurrentCapMessage =
        "提交时发现部分职工的月份刚被其他申请占用：同一职工全市最多享受3个月以工代训补贴，且同一月份只能申请一次。"
        + "本次提交未保存，请刷新页面查看各职工已申报的月数，调整后重新提交。";

    private static DomainException CapExceeded(WorkBasedWorker worker) => new(
        $"{worker.Name}（{worker.MaskedIdNumber}）在全市已有{WorkerMonthSlot.MaxSlot}个月的以工代训补贴已获批或正在审核，"
        + $"每名职工最多{WorkerMonthSlot.MaxSlot}个月。请删除该职工超出的月份后再提交。");
}
