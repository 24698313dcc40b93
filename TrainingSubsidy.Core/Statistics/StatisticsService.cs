using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Statistics;

/// <summary>One district's figures for one month (yyyy-MM, Beijing time).</summary>
public sealed record MonthlyFigures(string DistrictCode, string DistrictName, string Month)
{
    public int PlansSubmitted { get; set; }

    public int PlansApproved { get; set; }

    public int TraineesApproved { get; set; }

    public Money OnlineApproved { get; set; }

    public Money OnlinePaid { get; set; }

    public Money WorkBasedApproved { get; set; }

    public Money WorkBasedPaid { get; set; }

    public int WorkerMonthsApproved { get; set; }

    public int SpotChecks { get; set; }

    public int SpotChecksConfirmed { get; set; }

    public int SpotChecksDenied { get; set; }

    public int SpotChecksUnreachable { get; set; }

    public Money RecoveryOrdered { get; set; }

    public Money Recovered { get; set; }

    /// <summary>Paid amounts of both programmes less the money recovered.</summary>
    public Money NetPaid => OnlinePaid + WorkBasedPaid - Recovered;
}

/// <summary>
/// Per district and per month figures of both programmes. The city administrator gets every district, and district staff
/// get their own. Paid amounts count on the day the bank confirmed them, and recoveries on the day money came back.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MonthlyFigures>> GetAsync(UserScope scope, string? districtFilter,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin, Roles.DistrictReviewer, Roles.DistrictFinance);
        var district = scope.IsCityAdmin ? districtFilter : scope.DistrictCode;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var figures = new Dictionary<(string, string), MonthlyFigures>();
        MonthlyFigures Row(string districtCode, string month)
        {
            if (!figures.TryGetValue((districtCode, month), out var row))
            {
                row = new MonthlyFigures(districtCode, names.GetValueOrDefault(districtCode, districtCode), month);
                figures[(districtCode, month)] = row;
            }

            return row;
        }

        var plans = await db.TrainingPlans.AsNoTracking()
            .Where(p => district == null || p.DistrictCode == district)
            .Where(p => p.SubmittedAt != null)
            .Select(p => new { p.DistrictCode, p.SubmittedAt, p.ApprovedOn, p.Status, Trainees = p.Trainees.Count })
            .ToListAsync(cancellationToken);
        foreach (var plan in plans)
        {
            Row(plan.DistrictCode, Month(plan.SubmittedAt!.Value)).PlansSubmitted++;
            if (plan.Status == PlanStatus.Approved && plan.ApprovedOn is { } approvedOn)
            {
                var row = Row(plan.DistrictCode, Month(approvedOn));
                row.PlansApproved++;
                row.TraineesApproved += plan.Trainees;
            }
        }

        var awards = await db.Awards.AsNoTracking()
            .Where(a => district == null || a.DistrictCode == district)
            .Select(a => new { a.DistrictCode, a.Programme, a.ApprovedAt, a.Amount, a.Quantity, a.Status, a.PaidOn })
            .ToListAsync(cancellationToken);
        foreach (var award in awards)
        {
            var approved = Row(award.DistrictCode, Month(award.ApprovedAt));
            if (award.Programme == Programme.OnlineTraining)
            {
                approved.OnlineApproved += award.Amount;
            }
            else
            {
                approved.WorkBasedApproved += award.Amount;
                approved.WorkerMonthsApproved += award.Quantity;
            }

            if (award.Status == AwardStatus.Paid && award.PaidOn is { } paidOn)
            {
                var paid = Row(award.DistrictCode, Month(paidOn));
                if (award.Programme == Programme.OnlineTraining)
                {
                    paid.OnlinePaid += award.Amount;
                }
                else
                {
                    paid.WorkBasedPaid += award.Amount;
                }
            }
        }

        var checks = await (from record in db.SpotCheckRecords.AsNoTracking()
                            join plan in db.TrainingPlans on record.TrainingPlanId equals plan.Id
                            where district == null || plan.DistrictCode == district
                            select new { plan.DistrictCode, record.CheckedAt, record.Outcome })
            .ToListAsync(cancellationToken);
        foreach (var check in checks)
        {
            var row = Row(check.DistrictCode, Month(check.CheckedAt));
            row.SpotChecks++;
            switch (check.Outcome)
            {
                case SpotCheckOutcome.ConfirmedAttendance:
                    row.SpotChecksConfirmed++;
                    break;
                case SpotCheckOutcome.DeniedAttendance:
                    row.SpotChecksDenied++;
                    break;
                default:
                    row.SpotChecksUnreachable++;
                    break;
            }
        }

        var recoveries = await db.RecoveryOrders.AsNoTracking().Include(o => o.Receipts)
            .Where(o => district == null || o.DistrictCode == district)
            .ToListAsync(cancellationToken);
        foreach (var order in recoveries)
        {
            Row(order.DistrictCode, Month(order.CreatedAt)).RecoveryOrdered += order.Amount;
            foreach (var receipt in order.Receipts)
            {
                Row(order.DistrictCode, Month(receipt.ReceivedOn)).Recovered += receipt.Amount;
            }
        }

        return figures.Values.OrderBy(f => f.Month, StringComparer.Ordinal).ThenBy(f => f.DistrictCode, StringComparer.Ordinal)
            .ToList();
    }

    private static string Month(DateTimeOffset moment) =>
        moment.ToOffset(ChinaTime.Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
