using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>A reviewer's decision on a plan, made against the version of the plan the reviewer read.</summary>
public sealed record PlanDecision(
    int PlanId,
    Guid ExpectedVersion,
    PlanReviewAction Action,
    string? Reason,
    ReviewChecklist Checklist);

/// <summary>
/// Records approvals, returns and rejections. Only a district reviewer of the plan's district may decide, only a
/// plan awaiting review can be decided, and a decision made on an outdated copy of the plan saves nothing.
/// </summary>
public sealed class PlanDecisionService(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider timeProvider,
    Auditing.AuditTrail audit,
    ILogger<PlanDecisionService> logger)
{
    public const int MaxReasonLength = 2000;

    public const string ConflictMessage = "该培训计划已被其他人修改或审核，您的决定未保存。请重新加载后查看最新状态。";

    /// <summary>
    /// Applies the decision and appends it to the plan's history with the reviewer, the time, the reason and the
    /// checklist. Throws <see cref="DomainException"/> for invalid input or a plan not awaiting review,
    /// <see cref="AccessDeniedException"/> outside the reviewer's district, and
    /// <see cref="ConcurrencyConflictException"/> when the plan changed after <see cref="PlanDecision.ExpectedVersion"/>.
    /// </summary>
    public async Task DecideAsync(UserScope scope, PlanDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(decision);
        scope.EnsureRole(Roles.DistrictReviewer);
        Validate(decision).ThrowIfInvalid();
        var cleanedReason = ReviewText.Clean(decision.Reason);
        var reason = cleanedReason.Length == 0 ? null : cleanedReason;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans
                       .Include(p => p.Reviews)
                       .FirstOrDefaultAsync(p => p.Id == decision.PlanId, cancellationToken)
                   ?? throw new DomainException($"未找到ID为{decision.PlanId}的培训计划，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanAct(scope, plan.DistrictCode);

        if (plan.Version != decision.ExpectedVersion)
        {
            ReviewLog.DecisionConflict(logger, scope.UserName, plan.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        // The UPDATE compares the version the reviewer read, so a save by anyone since then makes it match no row.
        db.Entry(plan).Property(p => p.Version).OriginalValue = decision.ExpectedVersion;

        var now = ChinaTime.Now(timeProvider);
        var reviewerName = await FindDisplayNameAsync(db, scope, cancellationToken);
        var checklist = decision.Checklist.ToJson();
        switch (decision.Action)
        {
            case PlanReviewAction.Approved:
                plan.Approve(scope.UserId, reviewerName, now, ChinaTime.Today(timeProvider), reason, checklist);
                break;
            case PlanReviewAction.Returned:
                plan.Return(scope.UserId, reviewerName, now, reason ?? string.Empty, checklist);
                break;
            case PlanReviewAction.Rejected:
                plan.Reject(scope.UserId, reviewerName, now, reason ?? string.Empty, checklist);
                break;
            default:
                throw new DomainException($"不支持的审核决定：{decision.Action}。");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ReviewLog.DecisionConflict(logger, scope.UserName, plan.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        ReviewLog.Decided(logger, scope.UserName, decision.Action, plan.Id);
        await audit.RecordAsync(Auditing.AuditRecord.For(scope, Auditing.AuditActions.PlanDecided, "training-plan",
            plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{plan.PlanNumber}：{decision.Action.ToChinese()}{(reason is null ? string.Empty : $"，原因：{reason}")}"),
            cancellationToken);
    }

    private static async Task<string> FindDisplayNameAsync(
        AppDbContext db,
        UserScope scope,
        CancellationToken cancellationToken)
    {
        var displayName = await db.Users.AsNoTracking()
            .Where(user => user.Id == scope.UserId)
            .Select(user => user.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            return displayName;
        }

        return string.IsNullOrWhiteSpace(scope.UserName) ? scope.UserId : scope.UserName;
    }

    /// <summary>
    /// Checks the reason and the checklist of a decision without touching the database, so the page can show the
    /// same messages before it requests confirmation.
    /// </summary>
    public static ValidationErrors Validate(PlanDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var errors = decision.Checklist.Validate(decision.Action);
        var reason = ReviewText.Clean(decision.Reason);
        var needsReason = decision.Action is PlanReviewAction.Returned or PlanReviewAction.Rejected;
        if (needsReason && reason.Length == 0)
        {
            errors.Add(nameof(PlanDecision.Reason), "退回修改或审核不通过时必须填写原因，企业将看到该原因。");
        }

        if (reason.Length > MaxReasonLength)
        {
            errors.Add(nameof(PlanDecision.Reason), $"原因最多{MaxReasonLength}字，当前{reason.Length}字。");
        }

        return errors;
    }
}
