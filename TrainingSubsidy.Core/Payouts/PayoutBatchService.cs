using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>An award as the finance pages list it, with the enterprise's name and whether this user may pay it.</summary>
public sealed record PayoutAwardRow(
    int AwardId,
    string SourceNumber,
    string EnterpriseName,
    Programme Programme,
    int Quantity,
    Money Amount,
    AwardStatus Status,
    PaymentResult? Result,
    string? FailureReason,
    bool ApprovedByCurrentUser);

/// <summary>
/// Payout batches (拨付批次) of one district, built by its finance staff from payable and failed awards of both
/// programmes. Results from the bank are recorded per award after the ledger was exported.
/// </summary>
public sealed class PayoutBatchService(
    IDbContextFactory<AppDbContext> dbFactory,
    PublicNoticeService notice,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<PayoutBatchService> logger)
{
    /// <summary>Lists the district's awards that can go into a new batch: payable ones and failed ones to retry.</summary>
    public async Task<IReadOnlyList<PayoutAwardRow>> ListPayableAsync(UserScope scope,
        CancellationToken cancellationToken = default)
    {
        var district = EnsureDistrictStaff(scope);
        await notice.RefreshAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking()
            .Where(award => award.DistrictCode == district)
            .Where(award => award.Status == AwardStatus.Payable || award.Status == AwardStatus.Failed)
            .OrderBy(award => award.ApprovedAt)
            .ToListAsync(cancellationToken);
        return await ToRowsAsync(db, scope, awards, [], cancellationToken);
    }

    public async Task<IReadOnlyList<PayoutBatch>> ListBatchesAsync(UserScope scope,
        CancellationToken cancellationToken = default)
    {
        var district = EnsureDistrictStaff(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PayoutBatches.AsNoTracking().Include(batch => batch.Items)
            .Where(batch => batch.DistrictCode == district)
            .OrderByDescending(batch => batch.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<(PayoutBatch Batch, IReadOnlyList<PayoutAwardRow> Awards)> GetAsync(UserScope scope, int batchId,
        CancellationToken cancellationToken = default)
    {
        EnsureDistrictStaff(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.PayoutBatches.AsNoTracking().Include(b => b.Items)
                        .FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{batchId}的拨付批次，请返回批次列表。");
        scope.EnsureCanAccessDistrict(batch.DistrictCode);
        var awardIds = batch.Items.Select(item => item.AwardId).ToList();
        var awards = await db.Awards.AsNoTracking().Where(award => awardIds.Contains(award.Id))
            .ToListAsync(cancellationToken);
        return (batch, await ToRowsAsync(db, scope, awards, batch.Items, cancellationToken));
    }

    /// <summary>Creates a batch from the chosen awards; all must be payable or failed, in the district, and not the user's own approvals.</summary>
    public async Task<int> CreateAsync(UserScope scope, IReadOnlyCollection<int> awardIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(awardIds);
        PayoutAccess.EnsureFinance(scope, scope.DistrictCode ?? string.Empty);
        if (awardIds.Count == 0)
        {
            throw new DomainException("请至少选择一笔待拨付的补贴再创建批次。");
        }

        await notice.RefreshAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var awards = await db.Awards.Where(award => awardIds.Contains(award.Id)).ToListAsync(cancellationToken);
        if (awards.Count != awardIds.Count)
        {
            throw new DomainException("所选补贴中有的已不存在，请刷新页面后重新选择。");
        }

        foreach (var award in awards)
        {
            PayoutAccess.EnsureFinance(scope, award.DistrictCode);
            PayoutAccess.EnsureNotOwnApproval(scope, award);
        }

        var now = ChinaTime.Now(timeProvider);
        var sameDay = await db.PayoutBatches.CountAsync(
            batch => batch.DistrictCode == scope.DistrictCode && batch.BatchNumber.StartsWith(
                $"BF{scope.DistrictCode}-{now:yyyyMMdd}"), cancellationToken);
        var batch = new PayoutBatch($"BF{scope.DistrictCode}-{now:yyyyMMdd}-{sameDay + 1:00}", scope.DistrictCode!,
            scope.UserId, scope.UserName, now);
        db.PayoutBatches.Add(batch);
        await SaveAsync(db, scope, 0, cancellationToken);
        foreach (var award in awards)
        {
            batch.Add(award);
        }

        await SaveAsync(db, scope, batch.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        PayoutLog.BatchCreated(logger, scope.UserName, batch.Id, awards.Count);
        await AuditAsync(scope, AuditActions.PayoutBatchCreated, batch,
            $"{batch.BatchNumber}：{awards.Count}笔，{batch.Total}元", cancellationToken);
        return batch.Id;
    }

    /// <summary>Takes an award out of a batch that was not exported yet.</summary>
    public async Task RemoveAsync(UserScope scope, int batchId, int awardId, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(scope, batchId, awardId, (batch, award, _) => batch.Remove(award),
            AuditActions.PayoutBatchChanged, "移出", cancellationToken);
    }

    /// <summary>Adds a payable or failed award to a batch that was not exported yet.</summary>
    public async Task AddAsync(UserScope scope, int batchId, int awardId, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(scope, batchId, awardId, (batch, award, _) =>
        {
            PayoutAccess.EnsureNotOwnApproval(scope, award);
            batch.Add(award);
        }, AuditActions.PayoutBatchChanged, "加入", cancellationToken);
    }

    public Task MarkSentAsync(UserScope scope, int batchId, int awardId, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, batchId, awardId, (batch, award, now) => batch.MarkSent(award, now),
            AuditActions.PaymentMarked, "已提交银行", cancellationToken);

    public Task MarkPaidAsync(UserScope scope, int batchId, int awardId, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, batchId, awardId, (batch, award, now) =>
        {
            PayoutAccess.EnsureNotOwnApproval(scope, award);
            batch.MarkPaid(award, now);
        }, AuditActions.PaymentMarked, "已拨付", cancellationToken);

    public Task MarkFailedAsync(UserScope scope, int batchId, int awardId, string reason,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, batchId, awardId, (batch, award, now) => batch.MarkFailed(award, reason, now),
            AuditActions.PaymentMarked, $"拨付失败（{reason}）", cancellationToken);

    private async Task ChangeAsync(UserScope scope, int batchId, int awardId,
        Action<PayoutBatch, Award, DateTimeOffset> change, string auditAction, string description,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.PayoutBatches.Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{batchId}的拨付批次，请返回批次列表。");
        PayoutAccess.EnsureFinance(scope, batch.DistrictCode);
        var award = await db.Awards.FirstOrDefaultAsync(a => a.Id == awardId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{awardId}的补贴，请刷新页面。");

        change(batch, award, ChinaTime.Now(timeProvider));
        await SaveAsync(db, scope, batch.Id, cancellationToken);

        if (auditAction == AuditActions.PaymentMarked)
        {
            PayoutLog.PaymentMarked(logger, scope.UserName, award.Id, batch.Id,
                batch.Items.First(item => item.AwardId == award.Id).Result);
        }

        await AuditAsync(scope, auditAction, batch, $"{batch.BatchNumber}：补贴{award.SourceNumber}{description}",
            cancellationToken);
    }

    private async Task SaveAsync(AppDbContext db, UserScope scope, int batchId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            PayoutLog.BatchConflict(logger, scope.UserName, batchId);
            throw new ConcurrencyConflictException("拨付批次或其中的补贴刚被其他人修改，操作未保存。请刷新页面后重试。");
        }
    }

    private Task AuditAsync(UserScope scope, string action, PayoutBatch batch, string details,
        CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditRecord.For(scope, action, "payout-batch",
            batch.Id.ToString(CultureInfo.InvariantCulture), details), cancellationToken);

    private static async Task<IReadOnlyList<PayoutAwardRow>> ToRowsAsync(AppDbContext db, UserScope scope,
        IReadOnlyList<Award> awards, IReadOnlyCollection<PayoutBatchItem> items, CancellationToken cancellationToken)
    {
        var enterpriseIds = awards.Select(award => award.EnterpriseId).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return awards.Select(award =>
            {
                var item = items.FirstOrDefault(i => i.AwardId == award.Id);
                return new PayoutAwardRow(award.Id, award.SourceNumber, names.GetValueOrDefault(award.EnterpriseId, ""),
                    award.Programme, award.Quantity, item?.Amount ?? award.Amount, award.Status, item?.Result,
                    item?.FailureReason ?? award.FailureReason, award.ReviewerUserId == scope.UserId);
            })
            .ToList();
    }

    private static string EnsureDistrictStaff(UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictFinance, Roles.DistrictReviewer);
        return scope.DistrictCode ?? throw new AccessDeniedException("您的账号未关联区，请联系管理员。");
    }
}
