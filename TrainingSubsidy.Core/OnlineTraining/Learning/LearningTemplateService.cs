using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>The template for a download request, or why it was refused.</summary>
public sealed record LearningTemplateDownload(PlanAccessDecision Decision, byte[]? Content, string FileName, string Message);

/// <summary>Builds a plan's learning-record template for its enterprise and the district's staff.</summary>
public sealed class LearningTemplateService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<LearningTemplateDownload> GetAsync(UserScope? scope, int planId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking()
            .Include(p => p.Courses)
            .Include(p => p.Trainees)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var decision = LearningAccess.Decide(scope, plan?.EnterpriseId, plan?.DistrictCode);

        // The template lists every trainee's full ID number for the enterprise to fill in, so district staff, who
        // see the numbers masked elsewhere, do not get it.
        if (decision == PlanAccessDecision.Allowed && !(scope!.IsEnterpriseUser && scope.EnterpriseId == plan!.EnterpriseId))
        {
            decision = PlanAccessDecision.Forbidden;
        }

        if (decision != PlanAccessDecision.Allowed)
        {
            return new LearningTemplateDownload(decision, null, string.Empty, string.Empty);
        }

        if (plan!.Status != PlanStatus.Approved)
        {
            return new LearningTemplateDownload(decision, null, string.Empty,
                "培训计划审核通过后才能下载学习记录模板。");
        }

        return new LearningTemplateDownload(decision, LearningRecordTemplate.Build(plan),
            LearningRecordTemplate.FileName(plan.PlanNumber), string.Empty);
    }
}
