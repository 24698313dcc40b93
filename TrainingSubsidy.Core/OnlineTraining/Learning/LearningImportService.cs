using System.Collections.Concurrent;
using System.Security.Cryptography;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>
/// Imports a learning-record sheet into an approved plan, all rows or none. A file imported before, or one whose
/// trainee-course pairs all match the current records, changes nothing. Otherwise each pair in the file replaces
/// that pair's current records, and the replaced records stay as history.
/// </summary>
public sealed class LearningImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail auditTrail,
    TimeProvider timeProvider,
    ILogger<LearningImportService> logger)
{
    /// <summary>Largest file accepted, in bytes. The 50,000-row sheet of the import measurement is 1.7 MB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private const int InsertChunk = 2000;
    private const int UpdateChunk = 500;

    private readonly ConcurrentDictionary<int, byte> _plansImporting = new();

    public async Task<LearningImportResult> ImportAsync(
        UserScope scope,
        int planId,
        Stream content,
        string fileName,
        IProgress<LearningImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        if (!_plansImporting.TryAdd(planId, 0))
        {
            return LearningImportResult.Rejected("本培训计划正在导入学习记录，请等待当前导入完成。");
        }

        try
        {
            return await ImportExclusiveAsync(scope, planId, content, fileName, progress, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LearningLog.Cancelled(logger, planId, scope.UserId);
            throw;
        }
        finally
        {
            _plansImporting.TryRemove(planId, out _);
        }
    }

    private async Task<LearningImportResult> ImportExclusiveAsync(UserScope scope, int planId, Stream content,
        string fileName, IProgress<LearningImportProgress>? progress, CancellationToken cancellationToken)
    {
        TrainingPlan plan;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            plan = await LoadOwnApprovedPlanAsync(db, scope, planId, cancellationToken);
        }

        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return LearningImportResult.Rejected(
                $"文件超过{MaxFileBytes / 1024 / 1024} MB的上限。请只保留学习记录工作表后重新导入。");
        }

        if (!XlsxContent.IsXlsx(bytes))
        {
            return LearningImportResult.Rejected(
                "该文件不是Excel工作簿（.xlsx）。请在Excel或WPS中“另存为”Excel工作簿（*.xlsx）后再导入；不支持.xls、.csv或改了扩展名的文件。");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var earlier = await FindBatchBySha256Async(planId, sha256, cancellationToken);
        if (earlier is not null)
        {
            LearningLog.Unchanged(logger, planId, "same file");
            return LearningImportResult.NoChange(
                $"该文件已于{ChinaTime.Format(earlier.ImportedAt)}导入过，学习记录没有变化。");
        }

        var sheet = await Task.Run(() => ReadSheet(bytes, plan, progress, cancellationToken), cancellationToken);
        if (sheet.FileError is not null)
        {
            return LearningImportResult.Rejected(sheet.FileError);
        }

        if (sheet.TotalErrorCount > 0)
        {
            LearningLog.Rejected(logger, planId, sheet.TotalErrorCount);
            return new LearningImportResult(LearningImportOutcome.Rejected,
                $"共发现{sheet.TotalErrorCount}处错误，整个文件未保存。请按错误清单改正后重新导入。",
                sheet.Errors, sheet.TotalErrorCount, 0, 0);
        }

        return await SaveAsync(scope, plan, fileName, sha256, sheet.Rows, progress, cancellationToken);
    }

    private static async Task<TrainingPlan> LoadOwnApprovedPlanAsync(AppDbContext db, UserScope scope, int planId,
        CancellationToken cancellationToken)
    {
        var plan = await PlanAccess.LoadReadableAsync(db, scope, planId, tracking: false, cancellationToken);
        if (plan.EnterpriseId != scope.EnterpriseId)
        {
            throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);
        }

        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException("只有审核通过的培训计划才能导入学习记录。");
        }

        return plan;
    }

    private async Task<LearningImportBatch?> FindBatchBySha256Async(int planId, string sha256,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LearningImportBatches.AsNoTracking()
            .FirstOrDefaultAsync(batch => batch.TrainingPlanId == planId && batch.Sha256 == sha256, cancellationToken);
    }

    private LearningSheet ReadSheet(byte[] bytes, TrainingPlan plan, IProgress<LearningImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException
                                              or InvalidOperationException or ArgumentException
                                              or System.Xml.XmlException)
        {
            LearningLog.Unreadable(logger, exception, plan.Id);
            return new LearningSheet([], [], 0,
                "无法读取该Excel文件，文件可能已损坏。请用Excel或WPS打开确认后另存为.xlsx再导入。");
        }

        using (workbook)
        {
            return LearningSheetReader.Read(workbook, new LearningPlanFacts(plan), progress, cancellationToken);
        }
    }

    private async Task<LearningImportResult> SaveAsync(UserScope scope, TrainingPlan plan, string fileName,
        string sha256, IReadOnlyList<LearningRow> rows, IProgress<LearningImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        progress?.Report(new LearningImportProgress(LearningImportStage.Checking, 0, rows.Count));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.LearningRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == plan.Id && record.IsCurrent)
            .Select(record => new
            {
                record.Id,
                Row = new LearningRow(record.SourceRowNumber, record.TraineeId, record.CourseId, record.StartedAt,
                    record.EndedAt, record.Hours, record.Completed, record.PlatformAccount),
            })
            .ToListAsync(cancellationToken);

        var changedPairs = LearningPairs.FindChanged(current.Select(record => record.Row).ToList(), rows);
        if (changedPairs.Count == 0)
        {
            LearningLog.Unchanged(logger, plan.Id, "same rows");
            return LearningImportResult.NoChange("文件中的学习记录与已保存的记录完全相同，没有变化。");
        }

        var supersededIds = current
            .Where(record => changedPairs.Contains((record.Row.TraineeId, record.Row.CourseId)))
            .Select(record => record.Id)
            .ToList();
        var newRows = rows.Where(row => changedPairs.Contains((row.TraineeId, row.CourseId))).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = new LearningImportBatch(plan.Id, Truncate(fileName, 120), sha256, rows.Count, scope.UserId,
            scope.UserName, timeProvider.GetUtcNow());
        db.LearningImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var chunk in supersededIds.Chunk(UpdateChunk))
        {
            await db.LearningRecords
                .Where(record => chunk.Contains(record.Id))
                .ExecuteUpdateAsync(setters => setters
                    .SetProperty(record => record.IsCurrent, false)
                    .SetProperty(record => record.SupersededByBatchId, batch.Id), cancellationToken);
        }

        var saved = 0;
        foreach (var chunk in newRows.Chunk(InsertChunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            db.LearningRecords.AddRange(chunk.Select(row => new LearningRecord(plan.Id, row.TraineeId, row.CourseId,
                row.StartedAt, row.EndedAt, row.Hours, row.Completed, row.PlatformAccount, batch.Id, row.RowNumber)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            saved += chunk.Length;
            progress?.Report(new LearningImportProgress(LearningImportStage.Saving, saved, newRows.Count));
        }

        // The commit ignores the token, because a cancel that arrives after every row is written would leave the
        // user unsure whether the import happened.
        await transaction.CommitAsync(CancellationToken.None);
        LearningLog.Imported(logger, plan.Id, batch.Id, newRows.Count, supersededIds.Count, scope.UserId);
        await auditTrail.RecordAsync(
            AuditRecord.For(scope, AuditActions.LearningRecordsImported, nameof(TrainingPlan), plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"批次{batch.Id}，文件“{batch.FileName}”，新增{newRows.Count}条，替换{supersededIds.Count}条"),
            CancellationToken.None);

        var message = supersededIds.Count == 0
            ? $"已导入{newRows.Count}条学习记录。"
            : $"已导入{newRows.Count}条学习记录，替换了原有的{supersededIds.Count}条记录（原记录保留在历史中）。";
        return new LearningImportResult(LearningImportOutcome.Imported, message, [], 0, newRows.Count,
            supersededIds.Count);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
