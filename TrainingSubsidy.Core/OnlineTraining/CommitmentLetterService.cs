using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Documents;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>The outcome of a commitment-letter request: the decision, and the PDF or a message when allowed.</summary>
public sealed record CommitmentLetterDownload(PlanAccessDecision Decision, byte[]? Pdf, string? PlanNumber, string? Message);

/// <summary>Builds a plan's commitment letter for the users that <see cref="CommitmentLetterAccess"/> allows.</summary>
public sealed class CommitmentLetterService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider timeProvider)
{
    public async Task<CommitmentLetterDownload> GetAsync(
        UserScope? scope,
        int planId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.TrainingPlans.AsNoTracking()
            .Where(plan => plan.Id == planId)
            .Select(plan => new { plan.EnterpriseId, plan.DistrictCode })
            .FirstOrDefaultAsync(cancellationToken);
        var decision = CommitmentLetterAccess.Decide(scope, owner?.EnterpriseId, owner?.DistrictCode);
        if (decision != PlanAccessDecision.Allowed)
        {
            return new CommitmentLetterDownload(decision, null, null, null);
        }

        var model = await BuildModelAsync(db, planId, cancellationToken);
        if (model is null)
        {
            return new CommitmentLetterDownload(decision, null, null,
                "培训计划尚未填写完整：请先完成培训职业与时间、培训平台、课程和参训职工等步骤，再下载承诺书。");
        }

        return new CommitmentLetterDownload(decision, CommitmentLetterDocument.Generate(model), model.PlanNumber, null);
    }

    /// <summary>Returns the letter's content, or null when a field the letter prints is still empty.</summary>
    private async Task<CommitmentLetterModel?> BuildModelAsync(
        AppDbContext db,
        int planId,
        CancellationToken cancellationToken)
    {
        var plan = await db.TrainingPlans.AsNoTracking()
            .Include(p => p.Courses)
            .Include(p => p.Trainees)
            .AsSplitQuery()
            .FirstAsync(p => p.Id == planId, cancellationToken);
        if (plan.OccupationCode is null || plan.OccupationName is null || plan.TrainingStart is null
            || plan.TrainingEnd is null || plan.PlatformKind is null || plan.PlatformName is null
            || plan.PlatformUrl is null)
        {
            return null;
        }

        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == plan.EnterpriseId, cancellationToken);
        var districtName = await db.Districts
            .Where(d => d.Code == plan.DistrictCode)
            .Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? plan.DistrictCode;

        return new CommitmentLetterModel(
            enterprise.Name,
            enterprise.CreditCode,
            districtName,
            plan.PlanNumber,
            plan.OccupationCode,
            plan.OccupationName,
            plan.TrainingStart.Value,
            plan.TrainingEnd.Value,
            plan.PlatformKind.Value.ToChinese(),
            plan.PlatformName,
            plan.PlatformUrl,
            plan.Courses.Count,
            plan.TotalHours,
            plan.LiteracyHours,
            plan.Trainees.Count,
            ChinaTime.Today(timeProvider));
    }
}
