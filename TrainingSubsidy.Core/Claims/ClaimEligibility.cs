using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Claims;

/// <summary>One trainee's eligibility: the hours counted, the hours required, and why no subsidy is due, if so.</summary>
public sealed record TraineeEligibility(
    int TraineeId,
    string Name,
    string IdNumber,
    string Phone,
    string Post,
    decimal CompletedHours,
    decimal RequiredHours,
    string? IneligibleReason)
{
    public bool IsEligible => IneligibleReason is null;
}

/// <summary>The eligibility of every trainee of a plan and the amount per trainee of the policy that applies.</summary>
public sealed record PlanEligibility(Money AmountPerTrainee, decimal RequiredHours, IReadOnlyList<TraineeEligibility> Trainees)
{
    public int EligibleCount => Trainees.Count(trainee => trainee.IsEligible);

    public Money EligibleAmount => AmountPerTrainee * EligibleCount;
}

/// <summary>
/// Works out per trainee whether the online-training subsidy is due. A trainee qualifies who completed the required
/// share of the plan's hours, was not paid the subsidy before and is in no other pending claim, and is not blocked by a
/// spot check. The policy in force on the day the plan was approved sets the share and the amount.
/// </summary>
public static class ClaimEligibility
{
    public static async Task<PlanEligibility> EvaluateAsync(AppDbContext db, TrainingPlan plan,
        CancellationToken cancellationToken)
    {
        var approvedOn = plan.ApprovedOn
            ?? throw new DomainException($"培训计划{plan.PlanNumber}尚未审核通过，不能申请补贴。");
        var policy = await PolicyParameterService.FindInForceAsync(db, approvedOn, cancellationToken)
            ?? throw new DomainException($"{approvedOn:yyyy-MM-dd}没有生效的政策参数，请联系市人社局管理员设置后再申请。");
        var requiredHours = decimal.Round(plan.TotalHours * policy.CompletionShareRequired, 2);

        var completedHours = await CountCompletedHoursAsync(db, plan, cancellationToken);
        var blocked = await SpotCheckService.BlockedTraineeIdsAsync(db, plan.Id, cancellationToken);
        var holders = await FindPayableHoldersAsync(db, plan, cancellationToken);

        var trainees = plan.Trainees
            .OrderBy(trainee => trainee.SortOrder)
            .Select(trainee =>
            {
                var hours = completedHours.GetValueOrDefault(trainee.Id);
                var reason = FindReason(trainee, hours, requiredHours, blocked, holders, plan.EnterpriseId);
                return new TraineeEligibility(trainee.Id, trainee.Name, trainee.IdNumber, trainee.Phone, trainee.Post,
                    hours, requiredHours, reason);
            })
            .ToList();
        return new PlanEligibility(policy.OnlineTrainingAmountPerTrainee, requiredHours, trainees);
    }

    /// <summary>
    /// Sums each trainee's current learning hours per course, capped at the course's hours, so extra hours on one
    /// course never make up for another.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, decimal>> CountCompletedHoursAsync(AppDbContext db,
        TrainingPlan plan, CancellationToken cancellationToken)
    {
        var perCourse = await db.LearningRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == plan.Id && record.IsCurrent)
            .Select(record => new { record.TraineeId, record.CourseId, record.Hours })
            .ToListAsync(cancellationToken);
        var courseHours = plan.Courses.ToDictionary(course => course.Id, course => course.Hours);

        return perCourse
            .Where(record => courseHours.ContainsKey(record.CourseId))
            .GroupBy(record => record.TraineeId)
            .ToDictionary(
                trainee => trainee.Key,
                trainee => trainee
                    .GroupBy(record => record.CourseId)
                    .Sum(course => Math.Min(course.Sum(record => record.Hours), courseHours[course.Key])));
    }

    private static string? FindReason(Trainee trainee, decimal hours, decimal requiredHours, IReadOnlySet<int> blocked,
        IReadOnlyDictionary<string, PayableHolder> holders, int enterpriseId)
    {
        if (holders.TryGetValue(trainee.IdNumber, out var holder))
        {
            var owner = holder.EnterpriseId == enterpriseId ? "本企业" : "其他企业";
            return holder.Status == ClaimStatus.Submitted
                ? $"已在{owner}待审核的补贴申请中，每人只能享受一次线上职业技能培训补贴"
                : $"已由{owner}申领过线上职业技能培训补贴，每人只能享受一次";
        }

        if (blocked.Contains(trainee.Id))
        {
            return "抽查中否认参训或存在未处理的异议，暂不能补贴";
        }

        if (hours < requiredHours)
        {
            return $"学习课时不足：已完成{hours:0.##}课时，需完成{requiredHours:0.##}课时";
        }

        return null;
    }

    private sealed record PayableHolder(string IdNumber, ClaimStatus Status, int EnterpriseId);

    private static async Task<IReadOnlyDictionary<string, PayableHolder>> FindPayableHoldersAsync(AppDbContext db,
        TrainingPlan plan, CancellationToken cancellationToken)
    {
        var idNumbers = plan.Trainees.Select(trainee => trainee.IdNumber).ToList();
        var holders = await (
                from trainee in db.ClaimTrainees.AsNoTracking()
                join claim in db.SubsidyClaims.AsNoTracking() on trainee.SubsidyClaimId equals claim.Id
                where trainee.IsPayable && idNumbers.Contains(trainee.IdNumber)
                select new PayableHolder(trainee.IdNumber, claim.Status, claim.EnterpriseId))
            .ToListAsync(cancellationToken);
        return holders.GroupBy(holder => holder.IdNumber).ToDictionary(group => group.Key, group => group.First());
    }
}
