using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// One entry of a plan's history. <see cref="Checklist"/> is the reviewer's internal record and is null for
/// enterprise users.
/// </summary>
public sealed record PlanHistoryEntry(
    PlanReviewAction Action,
    string UserDisplayName,
    DateTimeOffset At,
    string? Reason,
    ReviewChecklist? Checklist);

/// <summary>Reads a plan's submissions and decisions, oldest first, for the enterprise and for district staff.</summary>
public sealed class PlanHistoryService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>
    /// Returns the plan's history. The owning enterprise, staff of the plan's district and the city administrator
    /// may read it; anyone else gets <see cref="AccessDeniedException"/>. Returns null when the plan does not exist.
    /// </summary>
    public async Task<IReadOnlyList<PlanHistoryEntry>?> GetAsync(
        UserScope scope,
        int planId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.TrainingPlans.AsNoTracking()
            .Where(plan => plan.Id == planId)
            .Select(plan => new { plan.EnterpriseId, plan.DistrictCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        scope.EnsureCanAccessEnterprise(owner.EnterpriseId, owner.DistrictCode);
        var reviews = await db.TrainingPlans.AsNoTracking()
            .Where(plan => plan.Id == planId)
            .SelectMany(plan => plan.Reviews)
            .OrderBy(review => review.Id)
            .ToListAsync(cancellationToken);

        return ToEntries(reviews, includeChecklist: !scope.IsEnterpriseUser);
    }

    internal static IReadOnlyList<PlanHistoryEntry> ToEntries(IEnumerable<PlanReview> reviews, bool includeChecklist) =>
        reviews
            .OrderBy(review => review.Id)
            .Select(review => new PlanHistoryEntry(
                review.Action,
                review.UserDisplayName,
                review.At,
                review.Reason,
                includeChecklist ? ReviewChecklist.FromJson(review.Checklist) : null))
            .ToList();
}
