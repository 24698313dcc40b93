using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.WorkBasedTraining;

public enum WorkBasedDecisionAction
{
    Approve = 1,
    Return = 2,
    Reject = 3,
}

/// <summary>
/// A reviewer's decision, made against the version the reviewer read. <see cref="Exclusions"/> maps worker-month ids
/// left out of an approval to their reasons.
/// </summary>
public sealed record WorkBasedDecision(
    int ApplicationId,
    Guid ExpectedVersion,
    WorkBasedDecisionAction Action,
    string? Reason,
    IReadOnlyDictionary<int, string> Exclusions);

/// <summary>An application with what the reviewer needs beside it: the enterprise, files and warnings.</summary>
public sealed record WorkBasedReviewDetail(
    WorkBasedTrainingApplication Application,
    string EnterpriseName,
    string CreditCode,
    IReadOnlyList<Files.StoredFile> Files,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, int> MonthsElsewhere,
    bool CanDecide);

/// <summary>District review of work-in-lieu-of-training applications, limited to the reviewer's district.</summary>
public sealed class WorkBasedReviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<WorkBasedReviewService> logger)
{
    public const string ConflictMessage = "该以工代训申请已被其他人修改或审核，您的决定未保存。请重新加载后查看最新状态。";

    public async Task<IReadOnlyList<WorkBasedTrainingApplication>> ListAsync(UserScope scope,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkBasedApplications.AsNoTracking()
            .Where(a => a.DistrictCode == scope.DistrictCode && a.Status != WorkBasedApplicationStatus.Draft)
            .OrderBy(a => a.Status == WorkBasedApplicationStatus.Submitted ? 0 : 1)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<WorkBasedReviewDetail> GetAsync(UserScope scope, int applicationId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await WorkBasedApplicationService.LoadAsync(db, applicationId, cancellationToken, false);
        WorkBasedAccess.EnsureReviewer(scope, application);
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == application.EnterpriseId,
            cancellationToken);
        var files = await db.StoredFiles.AsNoTracking()
            .Where(f => f.WorkBasedApplicationId == application.Id && !f.IsRemoved)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var policy = await PolicyParameterService.FindInForceAsync(db, ChinaTime.Today(timeProvider), cancellationToken)
            ?? throw new DomainException("当前没有生效的政策参数，请联系市人社局。");
        var warnings = application.Workers.SelectMany(worker => WorkerRules.Warnings(worker, policy)).ToList();
        warnings.AddRange(await FindOtherEnterpriseClaimsAsync(db, application, cancellationToken));
        var elsewhere = await WorkerMonthSlotService.CountElsewhereAsync(db, application, cancellationToken);
        return new WorkBasedReviewDetail(application, enterprise.Name, enterprise.CreditCode, files, warnings,
            elsewhere, application.Status == WorkBasedApplicationStatus.Submitted);
    }

    /// <summary>
    /// Applies the decision. Approval prices the approved worker-months with the policy in force on the approval
    /// date and creates the <see cref="Award"/>; excluded months, returns and rejections free their slots.
    /// </summary>
    public async Task DecideAsync(UserScope scope, WorkBasedDecision decision,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(decision);
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await WorkBasedApplicationService.LoadAsync(db, decision.ApplicationId, cancellationToken);
        WorkBasedAccess.EnsureReviewer(scope, application);
        if (application.Version != decision.ExpectedVersion)
        {
            WorkBasedLog.DecisionConflict(logger, scope.UserName, application.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        db.Entry(application).Property(a => a.Version).OriginalValue = decision.ExpectedVersion;
        var now = timeProvider.GetUtcNow();
        var reason = decision.Reason?.Trim() ?? string.Empty;
        switch (decision.Action)
        {
            case WorkBasedDecisionAction.Approve:
                await ApproveAsync(db, scope, application, decision, now, cancellationToken);
                break;
            case WorkBasedDecisionAction.Return:
                application.Return(scope.UserName, now, reason);
                await WorkerMonthSlotService.ReleaseAsync(db, application.Id, null, cancellationToken);
                break;
            case WorkBasedDecisionAction.Reject:
                application.Reject(scope.UserName, now, reason);
                await WorkerMonthSlotService.ReleaseAsync(db, application.Id, null, cancellationToken);
                break;
            default:
                throw new DomainException($"不支持的审核决定：{decision.Action}。");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            WorkBasedLog.DecisionConflict(logger, scope.UserName, application.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        WorkBasedLog.Decided(logger, scope.UserName, application.Id, application.Status);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.WorkBasedDecided, "work-based-application",
            application.Id.ToString(CultureInfo.InvariantCulture),
            $"{application.ApplicationNumber}：{application.Status.ToChinese()}"
            + (application.ApprovedAmount is { } amount ? $"，{application.ApprovedWorkerMonths}个人月，{amount}元" : string.Empty)
            + (application.DecisionReason is { } text ? $"，原因：{text}" : string.Empty)), cancellationToken);
    }

    private async Task ApproveAsync(AppDbContext db, UserScope scope, WorkBasedTrainingApplication application,
        WorkBasedDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var approvalDay = ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, approvalDay, cancellationToken)
            ?? throw new DomainException("审核当日没有生效的政策参数，无法计算补贴金额，请联系市人社局。");
        var perMonth = policy.WorkBasedAmountPerWorkerMonth;
        application.Approve(scope.UserName, now, perMonth, decision.Exclusions, decision.Reason);
        await WorkerMonthSlotService.ReleaseAsync(db, application.Id, decision.Exclusions.Keys.ToList(),
            cancellationToken);
        var lines = application.Workers
            .SelectMany(worker => worker.Months.Where(m => !m.IsExcluded)
                .Select(month => new AwardLine(worker.Name, worker.IdNumber, worker.Phone, month.Month, perMonth)))
            .ToList();
        db.Awards.Add(new Award(Programme.WorkBasedTraining, application.Id, application.ApplicationNumber,
            application.EnterpriseId, application.DistrictCode, scope.UserId, now, lines));
    }

    /// <summary>Warns about workers that another enterprise also claims for the same month, in any status.</summary>
    private static async Task<IReadOnlyList<string>> FindOtherEnterpriseClaimsAsync(AppDbContext db,
        WorkBasedTrainingApplication application, CancellationToken cancellationToken)
    {
        var ids = application.Workers.Select(w => w.IdNumber).ToList();
        var others = await (
                from month in db.Set<WorkerMonth>().AsNoTracking()
                join worker in db.Set<WorkBasedWorker>() on month.WorkerId equals worker.Id
                join other in db.WorkBasedApplications on worker.ApplicationId equals other.Id
                where other.EnterpriseId != application.EnterpriseId
                      && other.Status != WorkBasedApplicationStatus.Draft
                      && ids.Contains(worker.IdNumber)
                select new { other.ApplicationNumber, worker.IdNumber, month.Month })
            .ToListAsync(cancellationToken);
        return application.Workers
            .SelectMany(worker => worker.Months.SelectMany(month => others
                .Where(o => o.IdNumber == worker.IdNumber && o.Month == month.Month)
                .Select(o => $"{worker.Name}（{worker.MaskedIdNumber}）{month.Month}也被其他企业在申请{o.ApplicationNumber}中申报。")))
            .ToList();
    }
}
