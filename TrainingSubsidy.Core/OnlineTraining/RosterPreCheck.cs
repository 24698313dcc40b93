using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>A warning about one trainee of a roster, with the person's data masked.</summary>
public sealed record RosterWarning(string IdNumber, string MaskedName, string MaskedIdNumber, string Message);

/// <summary>
/// Warns, per trainee, when the person is already in another enterprise's open plan. The warnings do not block a
/// submission; the reviewer decides.
/// </summary>
public sealed class RosterPreCheck(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Statuses of a plan that still counts as open: it may yet lead to a subsidy.</summary>
    private static readonly PlanStatus[] OpenStatuses = [PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Approved];

    public async Task<IReadOnlyList<RosterWarning>> CheckAsync(
        int enterpriseId,
        IReadOnlyCollection<(string IdNumber, string Name)> trainees,
        CancellationToken cancellationToken = default)
    {
        if (trainees.Count == 0)
        {
            return [];
        }

        var idNumbers = trainees.Select(trainee => trainee.IdNumber).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var claimed = await (
                from claimTrainee in db.ClaimTrainees.AsNoTracking()
                join claim in db.SubsidyClaims on claimTrainee.SubsidyClaimId equals claim.Id
                join enterprise in db.Enterprises on claim.EnterpriseId equals enterprise.Id
                where claimTrainee.IsPayable && idNumbers.Contains(claimTrainee.IdNumber)
                select new { claimTrainee.IdNumber, claim.ClaimNumber, claim.Status, EnterpriseName = enterprise.Name })
            .ToListAsync(cancellationToken);
        var matches = await (
                from plan in db.TrainingPlans.AsNoTracking()
                from trainee in plan.Trainees
                join enterprise in db.Enterprises on plan.EnterpriseId equals enterprise.Id
                where plan.EnterpriseId != enterpriseId
                      && OpenStatuses.Contains(plan.Status)
                      && idNumbers.Contains(trainee.IdNumber)
                select new { trainee.IdNumber, plan.PlanNumber, plan.Status, EnterpriseName = enterprise.Name })
            .ToListAsync(cancellationToken);

        var names = trainees.GroupBy(t => t.IdNumber).ToDictionary(g => g.Key, g => g.First().Name);
        var claimWarnings = claimed.Select(match => new RosterWarning(
            match.IdNumber,
            Trainee.MaskName(names[match.IdNumber]),
            Validation.ResidentIdNumber.Mask(match.IdNumber),
            $"{Trainee.MaskName(names[match.IdNumber])}（{Validation.ResidentIdNumber.Mask(match.IdNumber)}）"
            + (match.Status == Claims.ClaimStatus.Approved ? "已享受" : "已在申领")
            + $"线上职业技能培训补贴（{match.EnterpriseName}，补贴申请{match.ClaimNumber}），同一职工全市只能享受一次。"));
        return claimWarnings.Concat(matches
            .OrderBy(match => match.IdNumber, StringComparer.Ordinal)
            .Select(match => new RosterWarning(
                match.IdNumber,
                Trainee.MaskName(names[match.IdNumber]),
                Validation.ResidentIdNumber.Mask(match.IdNumber),
                $"{Trainee.MaskName(names[match.IdNumber])}（{Validation.ResidentIdNumber.Mask(match.IdNumber)}）"
                + $"已在{match.EnterpriseName}的培训计划{match.PlanNumber}（{match.Status.ToChinese()}）中，"
                + "同一职工全市只能享受一次线上培训补贴。"))
            ).ToList();
    }
}
