using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Payouts;

public enum LedgerFormat
{
    Excel,
    Pdf,
}

/// <summary>A generated ledger file with its download name and content type.</summary>
public sealed record LedgerFile(byte[] Content, string FileName, string ContentType);

/// <summary>
/// Exports batch ledgers. The first export locks the batch, so the bank pays exactly the list that was exported.
/// </summary>
public sealed class PayoutLedgerService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<PayoutLedgerService> logger)
{
    /// <summary>
    /// Returns the ledger file, or null when the batch does not exist. Throws <see cref="AccessDeniedException"/>
    /// unless <see cref="PayoutAccess.CanDownloadLedger"/> allows the user.
    /// </summary>
    public async Task<LedgerFile?> ExportAsync(UserScope scope, int batchId, LedgerFormat format,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.PayoutBatches.Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        if (!PayoutAccess.CanDownloadLedger(scope, batch.DistrictCode))
        {
            throw new AccessDeniedException("只有本区的财务拨付人员、审核人员和市人社局管理员可以下载拨付台账。");
        }

        var now = ChinaTime.Now(timeProvider);
        var locked = batch.LockForExport(now);
        if (locked)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("拨付批次刚被其他人修改，台账未导出。请刷新页面后重新下载。");
            }
        }

        var ledger = await PayoutLedger.LoadAsync(db, batchId, now, cancellationToken)
                     ?? throw new InvalidOperationException($"Payout batch {batchId} disappeared during export.");
        var file = format == LedgerFormat.Excel
            ? new LedgerFile(PayoutLedgerExcel.Write(ledger), $"拨付台账-{batch.BatchNumber}.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : new LedgerFile(PayoutLedgerPdf.Write(ledger), $"拨付台账-{batch.BatchNumber}.pdf", "application/pdf");

        PayoutLog.LedgerExported(logger, scope.UserName, format.ToString(), batch.Id, locked);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PayoutLedgerDownloaded, "payout-batch",
            batch.Id.ToString(CultureInfo.InvariantCulture),
            $"{batch.BatchNumber}：{(format == LedgerFormat.Excel ? "Excel" : "PDF")}，{ledger.Rows.Count}笔，{ledger.Total}元"
            + (locked ? "，批次已锁定" : string.Empty)), cancellationToken);

        // The detail lists every paid person's full ID number, so the export is also a view of personal data.
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PersonalDataShown, "payout-batch",
            batch.Id.ToString(CultureInfo.InvariantCulture), $"拨付台账明细中的身份证号（{batch.BatchNumber}）"),
            cancellationToken);
        return file;
    }
}
