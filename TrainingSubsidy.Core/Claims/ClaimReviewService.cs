using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Claims;

public enum ClaimDecisionAction
{
    Approve = 1,
    Return = 2,
    Reject = 3,
}

/// <summary>A reviewer's decision on the version of a claim the reviewer read; exclusions map trainee ids to reasons.</summary>
public sealed record ClaimDecision(
    int ClaimId,
    Guid ExpectedVersion,
    ClaimDecisionAction Action,
    string? Reason,
    IReadOnlyDictionary<int, string> Exclusions);

/// <summary>
/// District review of subsidy claims. Only a reviewer of the claim's district decides. Approval creates the award
/// with the payable trainees and starts its public notice on the next working day.
/// </summary>
public sealed class ClaimReviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    BlacklistService blacklist,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<ClaimReviewService> logger)
{
    public const string ConflictMessage = "该补贴申请已被其他人审核或修改，您的决定未保存。请重新加载后查看最新状态。";

    public async Task<IReadOnlyList<SubsidyClaim>> ListAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        ReviewAccess.EnsureCanUseReview(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claims = db.SubsidyClaims.AsNoTracking().Include(claim => claim.Trainees).AsQueryable();
        if (!scope.IsCityAdmin)
        {
            claims = claims.Where(claim => claim.DistrictCode == scope.DistrictCode);
        }

        var list = await claims.ToListAsync(cancellationToken);
        return list.OrderBy(claim => claim.Status == ClaimStatus.Submitted ? 0 : 1)
            .ThenBy(claim => claim.SubmittedAt)
            .ToList();
    }

    /// <summary>Loads a claim with the data the reviewer needs. Throws <see cref="AccessDeniedException"/> outside the district.</summary>
    public async Task<SubsidyClaim> GetAsync(UserScope scope, int claimId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.SubsidyClaims.AsNoTracking().Include(c => c.Trainees)
                        .FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{claimId}的补贴申请，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanRead(scope, claim.DistrictCode);
        return claim;
    }

    /// <summary>
    /// Applies the decision. Throws <see cref="DomainException"/> for invalid input, <see cref="AccessDeniedException"/>
    /// outside the reviewer's district and <see cref="ConcurrencyConflictException"/> when the claim changed after
    /// <see cref="ClaimDecision.ExpectedVersion"/>.
    /// </summary>
    public async Task DecideAsync(UserScope scope, ClaimDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(decision);
        scope.EnsureRole(Roles.DistrictReviewer);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.SubsidyClaims.Include(c => c.Trainees)
                        .FirstOrDefaultAsync(c => c.Id == decision.ClaimId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{decision.ClaimId}的补贴申请，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanAct(scope, claim.DistrictCode);
        if (claim.Version != decision.ExpectedVersion)
        {
            ClaimLog.DecisionConflict(logger, scope.UserName, claim.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = decision.ExpectedVersion;
        var now = ChinaTime.Now(timeProvider);
        var reviewerName = string.IsNullOrWhiteSpace(scope.UserName) ? scope.UserId : scope.UserName;
        switch (decision.Action)
        {
            case ClaimDecisionAction.Approve:
                await EnsureApprovableAsync(db, claim, decision.Exclusions, cancellationToken);
                claim.Approve(scope.UserId, reviewerName, now, decision.Reason, decision.Exclusions);
                db.Awards.Add(await CreateAwardAsync(db, claim, now, cancellationToken));
                break;
            case ClaimDecisionAction.Return:
                claim.Return(scope.UserId, reviewerName, now, decision.Reason ?? string.Empty);
                break;
            case ClaimDecisionAction.Reject:
                claim.Reject(scope.UserId, reviewerName, now, decision.Reason ?? string.Empty);
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
            ClaimLog.DecisionConflict(logger, scope.UserName, claim.Id);
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        ClaimLog.Decided(logger, scope.UserName, claim.Status, claim.Id);
        var details = $"{claim.ClaimNumber}：{claim.Status.ToChinese()}，{claim.PayableCount}人，{claim.PayableAmount}元"
                      + (claim.DecisionReason is { } reason ? $"，原因：{reason}" : string.Empty);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.ClaimDecided, "subsidy-claim",
            claim.Id.ToString(CultureInfo.InvariantCulture), details), cancellationToken);
    }

    /// <summary>
    /// Rejects an approval when the enterprise was blacklisted after it submitted, or when a payable trainee was
    /// disputed by a spot check since then and is not excluded.
    /// </summary>
    private async Task EnsureApprovableAsync(AppDbContext db, SubsidyClaim claim,
        IReadOnlyDictionary<int, string> exclusions, CancellationToken cancellationToken)
    {
        if (await blacklist.FindActiveAsync(claim.EnterpriseId, cancellationToken) is { } entry)
        {
            throw new DomainException($"{BlacklistService.Describe(entry)} 该申请只能审核不予通过。");
        }

        var blocked = await SpotCheckService.BlockedTraineeIdsAsync(db, claim.TrainingPlanId, cancellationToken);
        var names = claim.Trainees
            .Where(trainee => trainee.IsPayable && blocked.Contains(trainee.TraineeId)
                              && !exclusions.ContainsKey(trainee.TraineeId))
            .Select(trainee => trainee.Name)
            .ToList();
        if (names.Count > 0)
        {
            throw new DomainException(
                $"职工{string.Join("、", names)}在抽查中否认参训或有未处理的异议，请填写剔除原因将其剔除后再审核通过。");
        }
    }

    private async Task<Award> CreateAwardAsync(AppDbContext db, SubsidyClaim claim, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, today, cancellationToken)
            ?? throw new DomainException($"{today:yyyy-MM-dd}没有生效的政策参数，无法确定公示天数，请联系市人社局管理员。");
        var calendar = await WorkingDayCalendar.LoadAsync(db, cancellationToken);
        var lines = claim.Trainees
            .Where(trainee => trainee.IsPayable)
            .Select(trainee => new AwardLine(trainee.Name, trainee.IdNumber, trainee.Phone, null, claim.AmountPerTrainee));
        var award = new Award(Programme.OnlineTraining, claim.Id, claim.ClaimNumber, claim.EnterpriseId,
            claim.DistrictCode, claim.ReviewerUserId!, now, lines);
        var (start, end) = NoticePeriod.For(calendar, today, policy.PublicNoticeWorkingDays);
        award.StartNotice(start, end);
        return award;
    }
}
