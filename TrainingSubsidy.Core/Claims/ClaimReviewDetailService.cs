using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Claims;

/// <summary>
/// What the reviewer reads before deciding a claim: the claim with its trainees, current learning hours, each
/// trainee's spot-check results, and the enterprise's blacklist entry if one is in force.
/// </summary>
public sealed record ClaimReviewDetail(
    SubsidyClaim Claim,
    string EnterpriseName,
    string PlanNumber,
    IReadOnlyDictionary<int, decimal> CurrentHours,
    IReadOnlyDictionary<int, string> SpotCheckResults,
    IReadOnlySet<int> BlockedTraineeIds,
    string? BlacklistText,
    bool CanDecide);

public sealed class ClaimReviewDetailService(IDbContextFactory<AppDbContext> dbFactory, BlacklistService blacklist)
{
    public async Task<ClaimReviewDetail> GetAsync(UserScope scope, int claimId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.SubsidyClaims.AsNoTracking().Include(c => c.Trainees)
                        .FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{claimId}的补贴申请，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanRead(scope, claim.DistrictCode);

        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Courses)
            .FirstAsync(p => p.Id == claim.TrainingPlanId, cancellationToken);
        var enterpriseName = await db.Enterprises.Where(e => e.Id == claim.EnterpriseId).Select(e => e.Name)
            .FirstAsync(cancellationToken);
        var hours = await ClaimEligibility.CountCompletedHoursAsync(db, plan, cancellationToken);
        var checks = await db.SpotCheckRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == plan.Id)
            .ToListAsync(cancellationToken);
        var results = checks
            .GroupBy(record => record.TraineeId)
            .ToDictionary(
                group => group.Key,
                group => string.Join("；", group.OrderBy(record => record.CheckedAt)
                    .Select(record => $"{ChinaTime.Format(record.CheckedAt)} {record.Method.ToChinese()}：{record.Outcome.ToChinese()}")));
        var blocked = await SpotCheckService.BlockedTraineeIdsAsync(db, plan.Id, cancellationToken);
        var entry = await blacklist.FindActiveAsync(claim.EnterpriseId, cancellationToken);

        return new ClaimReviewDetail(claim, enterpriseName, plan.PlanNumber, hours, results, blocked,
            entry is null ? null : BlacklistService.Describe(entry), ReviewAccess.CanAct(scope, claim.DistrictCode));
    }
}
