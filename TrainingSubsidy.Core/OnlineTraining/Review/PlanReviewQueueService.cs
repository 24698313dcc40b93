using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// Lists training plans for review with server-side filters, sorting and paging. A district reviewer gets only
/// plans of their own district, and the city administrator gets all districts. Drafts are never listed because the
/// enterprise has not sent them yet.
/// </summary>
public sealed class PlanReviewQueueService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<PlanQueueRow>> ListAsync(
        UserScope scope,
        PlanQueueQuery query,
        CancellationToken cancellationToken = default)
    {
        ReviewAccess.EnsureCanUseReview(scope);
        ArgumentNullException.ThrowIfNull(query);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = Filter(ScopedPlans(db, scope), query);
        var total = await plans.CountAsync(cancellationToken);

        var pageSize = Math.Clamp(query.PageSize, 1, PlanQueueQuery.MaxPageSize);
        var pageIndex = Math.Max(0, query.PageIndex);
        var rows = await Sort(plans, query.SortBy, query.Descending)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .Select(item => new PlanQueueRow(
                item.Plan.Id,
                item.Plan.PlanNumber,
                item.Enterprise.Name,
                item.Enterprise.CreditCode,
                item.Plan.DistrictCode,
                item.Plan.OccupationCode,
                item.Plan.OccupationName,
                item.Plan.TrainingStart,
                item.Plan.TrainingEnd,
                item.Plan.Trainees.Count,
                item.Plan.Status,
                item.Plan.SubmittedAt))
            .ToListAsync(cancellationToken);

        return new PagedResult<PlanQueueRow>(rows, total);
    }

    /// <summary>Lists the oldest plans awaiting review in the user's scope, for the home page.</summary>
    public Task<PagedResult<PlanQueueRow>> ListPendingAsync(
        UserScope scope,
        int maxCount,
        CancellationToken cancellationToken = default) =>
        ListAsync(scope, new PlanQueueQuery { Status = PlanStatus.Submitted, PageSize = maxCount }, cancellationToken);

    private static IQueryable<PlanWithEnterprise> ScopedPlans(AppDbContext db, UserScope scope)
    {
        var plans =
            from plan in db.TrainingPlans.AsNoTracking()
            join enterprise in db.Enterprises.AsNoTracking() on plan.EnterpriseId equals enterprise.Id
            where plan.Status != PlanStatus.Draft
            select new PlanWithEnterprise { Plan = plan, Enterprise = enterprise };

        // The scope filter is applied here, before any user filter, so no filter value can widen it.
        if (!scope.IsCityAdmin)
        {
            var ownDistrict = scope.DistrictCode;
            plans = plans.Where(item => item.Plan.DistrictCode == ownDistrict);
        }

        return plans;
    }

    private static IQueryable<PlanWithEnterprise> Filter(IQueryable<PlanWithEnterprise> plans, PlanQueueQuery query)
    {
        if (query.Status is { } status)
        {
            plans = plans.Where(item => item.Plan.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.DistrictCode))
        {
            var district = query.DistrictCode.Trim();
            plans = plans.Where(item => item.Plan.DistrictCode == district);
        }

        // Names are matched as typed. Codes are matched after NFKC, so full-width letters and digits match too.
        var enterpriseTerm = ReviewText.Clean(query.Enterprise);
        if (enterpriseTerm.Length > 0)
        {
            var codeTerm = TextNormalizer.NormalizeIdentifier(enterpriseTerm);
            plans = plans.Where(item => item.Enterprise.Name.Contains(enterpriseTerm)
                                        || item.Enterprise.CreditCode.Contains(codeTerm));
        }

        var occupationTerm = ReviewText.Clean(query.Occupation);
        if (occupationTerm.Length > 0)
        {
            var codeTerm = TextNormalizer.NormalizeIdentifier(occupationTerm);
            plans = plans.Where(item => item.Plan.OccupationCode!.Contains(codeTerm)
                                        || item.Plan.OccupationName!.Contains(occupationTerm));
        }

        // The bounds carry China's offset. The SQLite converter orders DateTimeOffset values by their local clock
        // time, so this is exact for submission times stored with the same offset, as ChinaTime.Now produces.
        if (query.SubmittedFrom is { } from)
        {
            var start = StartOfChinaDay(from);
            plans = plans.Where(item => item.Plan.SubmittedAt >= start);
        }

        if (query.SubmittedTo is { } to)
        {
            var end = StartOfChinaDay(to.AddDays(1));
            plans = plans.Where(item => item.Plan.SubmittedAt < end);
        }

        return plans;
    }

    private static IQueryable<PlanWithEnterprise> Sort(
        IQueryable<PlanWithEnterprise> plans,
        PlanQueueSort sortBy,
        bool descending)
    {
        // NOTE: SQLite orders enterprise names by code point, not by pinyin as Chinese readers may expect.
        var sorted = (sortBy, descending) switch
        {
            (PlanQueueSort.EnterpriseName, false) => plans.OrderBy(item => item.Enterprise.Name),
            (PlanQueueSort.EnterpriseName, true) => plans.OrderByDescending(item => item.Enterprise.Name),
            (PlanQueueSort.PlanNumber, false) => plans.OrderBy(item => item.Plan.PlanNumber),
            (PlanQueueSort.PlanNumber, true) => plans.OrderByDescending(item => item.Plan.PlanNumber),
            (PlanQueueSort.Status, false) => plans.OrderBy(item => item.Plan.Status),
            (PlanQueueSort.Status, true) => plans.OrderByDescending(item => item.Plan.Status),
            (_, false) => plans.OrderBy(item => item.Plan.SubmittedAt),
            (_, true) => plans.OrderByDescending(item => item.Plan.SubmittedAt),
        };

        // The plan id breaks ties, so rows never move between pages.
        return sorted.ThenBy(item => item.Plan.Id);
    }

    private static DateTimeOffset StartOfChinaDay(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    private sealed class PlanWithEnterprise
    {
        public required TrainingPlan Plan { get; init; }

        public required Enterprise Enterprise { get; init; }
    }
}
