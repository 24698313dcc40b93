using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Demo;

/// <summary>
/// Seeds the subsidy claims of one demo enterprise: the trained plan's claim approved and in public notice, plus
/// three more trained plans whose claims are submitted, returned, and approved with the notice ended. The last award
/// is returned so that the caller pays it in the district's payout batch.
/// </summary>
internal sealed class DemoClaimStory(DemoStorySeeder seeder, TimeProvider timeProvider)
{
    private static readonly IReadOnlyDictionary<int, string> NoExclusions = new Dictionary<int, string>();

    public async Task<Award> SeedAsync(AppDbContext db, EnterpriseStory story, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        var now = timeProvider.GetUtcNow();

        // A seed other than the plans' one gives new people, so each ID number is claimed only once.
        var people = DemoPeople.Create(story.Seed + 1000, 24, today);
        var planCount = await db.TrainingPlans.CountAsync(p => p.DistrictCode == story.Enterprise.DistrictCode,
            cancellationToken);
        async Task<TrainingPlan> TrainedPlanAsync(int endedDaysAgo, IEnumerable<DemoPerson> trainees)
        {
            planCount++;
            var number = $"PX{story.Enterprise.DistrictCode}-{planCount:D6}";
            var created = now.AddDays(-endedDaysAgo - 40);
            var plan = DemoStorySeeder.CreatePlan(story, number, today.AddDays(-endedDaysAgo - 30),
                today.AddDays(-endedDaysAgo), trainees, created);
            await seeder.AttachLetterAsync(db, plan, story, created.AddDays(1), cancellationToken);
            plan.Submit(story.EnterpriseUser.Id, story.EnterpriseUser.DisplayName, created.AddDays(1));
            plan.Approve(story.Reviewer.Id, story.Reviewer.DisplayName, created.AddDays(4),
                DateOnly.FromDateTime(created.AddDays(4).ToOffset(ChinaTime.Offset).DateTime), null, null);
            db.TrainingPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            await DemoStorySeeder.SeedLearningAsync(db, plan, story.EnterpriseUser, now.AddDays(-endedDaysAgo + 1),
                cancellationToken);
            return plan;
        }

        var calendar = await WorkingDayCalendar.LoadAsync(db, cancellationToken);

        // The trained plan of the first part of the story, or a new one when that part ran earlier with other dates.
        var trained = await db.TrainingPlans.Include(p => p.Trainees).Include(p => p.Courses).AsSplitQuery()
                          .Where(p => p.EnterpriseId == story.Enterprise.Id && p.Status == PlanStatus.Approved
                                      && p.TrainingEnd < today)
                          .OrderBy(p => p.Id)
                          .FirstOrDefaultAsync(cancellationToken)
                      ?? await TrainedPlanAsync(5, people.Skip(18).Take(6));
        var inNotice = await SubmitAsync(db, story, trained, now.AddDays(-3), cancellationToken);
        db.Awards.Add(await ApproveAsync(db, story, inNotice, calendar, now.AddDays(-1), cancellationToken));

        var paidPlan = await TrainedPlanAsync(50, people.Take(8));
        var paid = await SubmitAsync(db, story, paidPlan, now.AddDays(-45), cancellationToken);
        var award = await ApproveAsync(db, story, paid, calendar, now.AddDays(-35), cancellationToken);
        award.TryEndNotice(today);
        db.Awards.Add(award);

        var returnedPlan = await TrainedPlanAsync(20, people.Skip(8).Take(4));
        var returned = await SubmitAsync(db, story, returnedPlan, now.AddDays(-15), cancellationToken);
        returned.Return(story.Reviewer.Id, story.Reviewer.DisplayName, now.AddDays(-12),
            "学习记录中部分职工的学习时段与平台导出记录不一致，请核对后重新申请。");

        var submittedPlan = await TrainedPlanAsync(12, people.Skip(12).Take(6));
        await SubmitAsync(db, story, submittedPlan, now.AddDays(-3), cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return award;
    }

    /// <summary>Saves a claim with each trainee's eligibility as the claim service computes it at submission.</summary>
    private static async Task<SubsidyClaim> SubmitAsync(AppDbContext db, EnterpriseStory story, TrainingPlan plan,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var eligibility = await ClaimEligibility.EvaluateAsync(db, plan, cancellationToken);
        var enterprise = story.Enterprise;
        var claim = new SubsidyClaim(
            $"BT-{plan.PlanNumber}-1",
            plan.Id,
            enterprise.Id,
            plan.DistrictCode,
            new BankAccount(enterprise.BankName!, enterprise.BankAccountName!, enterprise.BankAccountNumber!),
            eligibility.AmountPerTrainee,
            story.EnterpriseUser.Id,
            at.ToOffset(ChinaTime.Offset),
            eligibility.Trainees.Select(t => new ClaimTrainee(t.TraineeId, t.Name, t.IdNumber, t.Phone, t.Post,
                t.CompletedHours, t.RequiredHours, t.IneligibleReason)));
        db.SubsidyClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return claim;
    }

    /// <summary>
    /// Approves the claim and creates its award with the notice period that the claim review service would set on
    /// the approval day.
    /// </summary>
    private static async Task<Award> ApproveAsync(AppDbContext db, EnterpriseStory story, SubsidyClaim claim,
        WorkingDayCalendar calendar, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var approvedAt = at.ToOffset(ChinaTime.Offset);
        var approvedOn = DateOnly.FromDateTime(approvedAt.DateTime);
        claim.Approve(story.Reviewer.Id, story.Reviewer.DisplayName, approvedAt, "学习记录完整，抽查无异常。",
            NoExclusions);
        var policy = await PolicyParameterService.FindInForceAsync(db, approvedOn, cancellationToken)
                     ?? throw new InvalidOperationException($"No policy parameters are in force on {approvedOn:yyyy-MM-dd}.");
        var lines = claim.Trainees
            .Where(trainee => trainee.IsPayable)
            .Select(trainee => new AwardLine(trainee.Name, trainee.IdNumber, trainee.Phone, null, claim.AmountPerTrainee));
        var award = new Award(Programme.OnlineTraining, claim.Id, claim.ClaimNumber, claim.EnterpriseId,
            claim.DistrictCode, story.Reviewer.Id, approvedAt, lines);
        var (start, end) = NoticePeriod.For(calendar, approvedOn, policy.PublicNoticeWorkingDays);
        award.StartNotice(start, end);
        return award;
    }
}
