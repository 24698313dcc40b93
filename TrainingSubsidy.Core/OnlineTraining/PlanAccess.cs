using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>Loads a plan for the caller and checks the caller's scope against it.</summary>
internal static class PlanAccess
{
    /// <summary>
    /// The same message for a missing plan and for another enterprise's plan, so ids cannot be probed.
    /// </summary>
    public const string NotFoundOrDenied = "培训计划不存在或您无权访问。";

    /// <summary>Loads a plan with its courses, trainees and history that the caller may read.</summary>
    public static async Task<TrainingPlan> LoadReadableAsync(
        AppDbContext db,
        UserScope scope,
        int planId,
        bool tracking,
        CancellationToken cancellationToken)
    {
        var query = db.TrainingPlans
            .Include(plan => plan.Courses)
            .Include(plan => plan.Trainees)
            .Include(plan => plan.Reviews)
            .AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var plan = await query.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || !scope.CanAccessEnterprise(plan.EnterpriseId, plan.DistrictCode))
        {
            throw new AccessDeniedException(NotFoundOrDenied);
        }

        return plan;
    }

    /// <summary>
    /// Loads a plan, tracked, that the caller's own enterprise may change, with <paramref name="version"/> as the
    /// original version so a save from a stale copy fails.
    /// </summary>
    public static async Task<TrainingPlan> LoadOwnForEditAsync(
        AppDbContext db,
        UserScope scope,
        int planId,
        Guid version,
        CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        var plan = await LoadReadableAsync(db, scope, planId, tracking: true, cancellationToken);
        if (plan.EnterpriseId != scope.EnterpriseId)
        {
            throw new AccessDeniedException(NotFoundOrDenied);
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        plan.EnsureEditable();
        return plan;
    }
}
