using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Demo;

/// <summary>
/// Seeds a demo story in Development so that every page a demo account opens has content: for each demo enterprise,
/// plans in draft, submitted, returned and approved states, and one trained plan with learning records, evidence
/// and spot checks. It then adds subsidy claims at each stage (<see cref="DemoClaimStory"/>), work-in-lieu-of-training
/// applications (<see cref="DemoWorkBasedStory"/>) and one paid payout batch per district. Each part runs once: it is
/// skipped when the demo enterprises already have plans, claims or applications. All people are made up.
/// </summary>
public sealed class DemoStorySeeder(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStore fileStore,
    TimeProvider timeProvider,
    ILogger<DemoStorySeeder> logger)
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprises = await db.Enterprises
            .Where(e => e.CreditCode == DemoAccountSeeder.BinhaiCreditCode || e.CreditCode == DemoAccountSeeder.HepingCreditCode)
            .ToListAsync(cancellationToken);
        var enterpriseIds = enterprises.Select(e => e.Id).ToList();
        if (enterprises.Count == 0)
        {
            return false;
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => u.UserName!.StartsWith("enterprise.") || u.UserName!.StartsWith("reviewer.")
                        || u.UserName!.StartsWith("finance."))
            .ToDictionaryAsync(u => u.UserName!, cancellationToken);
        var stories = enterprises.OrderBy(e => e.DistrictCode).Select(enterprise =>
        {
            var isBinhai = enterprise.DistrictCode == DemoAccountSeeder.BinhaiDistrict;
            return new EnterpriseStory(
                enterprise,
                users[isBinhai ? "enterprise.binhai" : "enterprise.heping"],
                users[isBinhai ? "reviewer.binhai" : "reviewer.heping"],
                users[isBinhai ? "finance.binhai" : "finance.heping"],
                isBinhai ? ("6-05-01-03", "缝纫工") : ("4-01-02-03", "商品营业员"),
                Seed: isBinhai ? 116 : 101);
        }).ToList();

        var seeded = false;
        if (!await db.TrainingPlans.AnyAsync(p => enterpriseIds.Contains(p.EnterpriseId), cancellationToken))
        {
            foreach (var story in stories)
            {
                await SeedEnterpriseAsync(db, story, cancellationToken);
                DemoLog.SeededStoryPart(logger, "training plans", story.Enterprise.DistrictCode);
            }

            seeded = true;
        }

        // Awards that reach payout in this run, paid in one batch per district at the end.
        var awardsToPay = new List<(EnterpriseStory Story, Award Award)>();
        if (!await db.SubsidyClaims.AnyAsync(c => enterpriseIds.Contains(c.EnterpriseId), cancellationToken))
        {
            var claims = new DemoClaimStory(this, timeProvider);
            foreach (var story in stories)
            {
                awardsToPay.Add((story, await claims.SeedAsync(db, story, cancellationToken)));
                DemoLog.SeededStoryPart(logger, "subsidy claims", story.Enterprise.DistrictCode);
            }

            seeded = true;
        }

        var binhai = stories.FirstOrDefault(s => s.Enterprise.DistrictCode == DemoAccountSeeder.BinhaiDistrict);
        if (binhai is not null
            && !await db.WorkBasedApplications.AnyAsync(a => a.EnterpriseId == binhai.Enterprise.Id, cancellationToken))
        {
            var workBased = new DemoWorkBasedStory(this, timeProvider, logger);
            awardsToPay.Add((binhai, await workBased.SeedAsync(db, binhai, cancellationToken)));
            DemoLog.SeededStoryPart(logger, "work-based training applications", binhai.Enterprise.DistrictCode);
            seeded = true;
        }

        foreach (var district in awardsToPay.GroupBy(pair => pair.Story.Enterprise.DistrictCode))
        {
            await DemoPayoutStory.PayAsync(db, district.First().Story.Finance, district.Select(pair => pair.Award).ToList(),
                timeProvider, cancellationToken);
            DemoLog.SeededStoryPart(logger, "paid payout batch", district.Key);
        }

        return seeded;
    }

    /// <summary>
    /// Creates a plan of the story's enterprise with three courses and the given trainees, complete up to the
    /// contact step, so it can be submitted.
    /// </summary>
    internal static TrainingPlan CreatePlan(EnterpriseStory story, string planNumber, DateOnly start, DateOnly end,
        IEnumerable<DemoPerson> trainees, DateTimeOffset createdAt)
    {
        var plan = new TrainingPlan(story.Enterprise.Id, story.Enterprise.DistrictCode, planNumber, createdAt);
        plan.SetOccupationAndPeriod(story.Occupation.Code, story.Occupation.Name,
            "培训内容为本企业一线岗位的操作技能和安全生产要求，与主营业务直接相关。", start, end, createdAt);
        plan.SetPlatform(PlatformKind.PublicPlatform, "天津市职业技能线上公共实训平台", "https://training.example.org/tianjin",
            null, null, createdAt);
        plan.ReplaceCourses(
            [
                new Course($"{story.Occupation.Name}岗位操作规范", 12, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1),
                new Course($"{story.Occupation.Name}技能实操讲解", 6, CourseCategory.OccupationalSkill, CourseDelivery.Live, 2),
                new Course("安全生产与工匠精神", 4, CourseCategory.GeneralLiteracy, CourseDelivery.Interactive, 3),
            ],
            createdAt);
        plan.ReplaceTrainees(trainees.Select((person, index) => new Trainee(person.Name, person.IdNumber,
            story.Occupation.Name, person.Phone, index % 7 == 6 ? EmploymentType.Dispatched : EmploymentType.Formal, true,
            index + 1)), createdAt);
        plan.SetContact(story.EnterpriseUser.DisplayName, story.Enterprise.ContactPhone, createdAt);
        return plan;
    }

    private async Task SeedEnterpriseAsync(AppDbContext db, EnterpriseStory story, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        var people = DemoPeople.Create(story.Seed, 60, today);
        var sequence = 0;
        TrainingPlan NewPlan(DateOnly start, DateOnly end, IEnumerable<DemoPerson> trainees, DateTimeOffset createdAt)
        {
            sequence++;
            return CreatePlan(story, $"PX{story.Enterprise.DistrictCode}-{sequence:D6}", start, end, trainees, createdAt);
        }

        var now = timeProvider.GetUtcNow();
        var enterpriseUser = story.EnterpriseUser;
        var reviewer = story.Reviewer;

        // A trained plan: approved 40 days ago, training ended 5 days ago, so its learning can be claimed.
        var trained = NewPlan(today.AddDays(-35), today.AddDays(-5), people.Take(20), now.AddDays(-45));
        await AttachLetterAsync(db, trained, story, now.AddDays(-44), cancellationToken);
        trained.Submit(enterpriseUser.Id, enterpriseUser.DisplayName, now.AddDays(-44));
        trained.Approve(reviewer.Id, reviewer.DisplayName, now.AddDays(-40), today.AddDays(-40), "平台可正常登录，课程与岗位相符。", null);

        // An approved plan whose training has not ended yet.
        var approved = NewPlan(today.AddDays(3), today.AddDays(30), people.Skip(20).Take(10), now.AddDays(-6));
        await AttachLetterAsync(db, approved, story, now.AddDays(-5), cancellationToken);
        approved.Submit(enterpriseUser.Id, enterpriseUser.DisplayName, now.AddDays(-5));
        approved.Approve(reviewer.Id, reviewer.DisplayName, now.AddDays(-2), today.AddDays(-2), null, null);

        // A plan returned for changes, with the reviewer's reason.
        var returned = NewPlan(today.AddDays(10), today.AddDays(40), people.Skip(30).Take(8), now.AddDays(-4));
        await AttachLetterAsync(db, returned, story, now.AddDays(-3), cancellationToken);
        returned.Submit(enterpriseUser.Id, enterpriseUser.DisplayName, now.AddDays(-3));
        returned.Return(reviewer.Id, reviewer.DisplayName, now.AddDays(-1),
            "平台网址无法打开，请核对网址并提供审核用的登录账号。", null);

        // A plan waiting for the district's review.
        var submitted = NewPlan(today.AddDays(7), today.AddDays(28), people.Skip(38).Take(12), now.AddDays(-2));
        await AttachLetterAsync(db, submitted, story, now.AddDays(-1), cancellationToken);
        submitted.Submit(enterpriseUser.Id, enterpriseUser.DisplayName, now.AddDays(-1));

        // A draft still being filled.
        var draft = NewPlan(today.AddDays(14), today.AddDays(45), people.Skip(50).Take(5), now.AddHours(-3));

        db.TrainingPlans.AddRange(trained, approved, returned, submitted, draft);
        await db.SaveChangesAsync(cancellationToken);

        await SeedLearningAsync(db, trained, enterpriseUser, now.AddDays(-4), cancellationToken);
        await SeedEvidenceAsync(db, trained, story, cancellationToken);
        await SeedSpotChecksAsync(db, trained, reviewer, now.AddDays(-20), cancellationToken);
    }

    internal async Task AttachLetterAsync(AppDbContext db, TrainingPlan plan, EnterpriseStory story, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var file = await StoreDemoPdfAsync(db, story, $"{plan.PlanNumber}-承诺书扫描件.pdf",
            $"承诺书扫描件（演示） {plan.PlanNumber}", UploadRules.CommitmentLetterScan, cancellationToken);
        plan.AttachSignedLetter(file.Id, at);
    }

    internal async Task<StoredFile> StoreDemoPdfAsync(AppDbContext db, EnterpriseStory story, string fileName, string title,
        UploadRule rule, CancellationToken cancellationToken)
    {
        byte[] bytes;
        using (var writer = new Documents.Pdf.PdfDocumentWriter(Documents.Pdf.PdfPageLayout.A4Portrait, title))
        {
            writer.AddHeading(title);
            writer.AddParagraph($"{story.Enterprise.Name}（演示数据，内容为虚构）", 12);
            bytes = writer.Save();
        }

        using var stream = new MemoryStream(bytes);
        var result = await fileStore.SaveAsync(stream, fileName, rule, story.Enterprise.Id, story.EnterpriseUser.Id,
            cancellationToken);
        var file = result.File ?? throw new InvalidOperationException($"Demo file {fileName} was rejected: {result.Error}");
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    internal static async Task SeedLearningAsync(AppDbContext db, TrainingPlan plan, ApplicationUser user, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var trainees = plan.Trainees.OrderBy(t => t.SortOrder).ToList();
        var courses = plan.Courses.OrderBy(c => c.SortOrder).ToList();
        var batch = new LearningImportBatch(plan.Id, "职工学习记录表.xlsx", new string('0', 64), trainees.Count * courses.Count,
            user.Id, user.DisplayName, at);
        db.LearningImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        var row = 2;
        var start = plan.TrainingStart!.Value;
        foreach (var (trainee, traineeIndex) in trainees.Select((t, i) => (t, i)))
        {
            var day = start.AddDays(traineeIndex % 10);
            var clock = new TimeOnly(9, 0).AddMinutes(traineeIndex * 7 % 60);
            foreach (var course in courses)
            {
                var begin = day.ToDateTime(clock);
                var end = begin.AddHours((double)course.Hours);
                db.LearningRecords.Add(new LearningRecord(plan.Id, trainee.Id, course.Id, begin, end, course.Hours, true,
                    $"tj{trainee.IdNumber[^6..]}", batch.Id, row++));
                day = day.AddDays(2);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedEvidenceAsync(AppDbContext db, TrainingPlan plan, EnterpriseStory story, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { "线上直播课堂截图说明.pdf", "平台学习情况统计报告.pdf" })
        {
            var file = await StoreDemoPdfAsync(db, story, name, $"{name[..^4]}（演示）", UploadRules.TrainingEvidence,
                cancellationToken);
            file.TrainingPlanId = plan.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedSpotChecksAsync(AppDbContext db, TrainingPlan plan, ApplicationUser reviewer,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ids = plan.Trainees.Select(t => t.Id).ToList();
        var size = SpotCheckSampler.SampleSize(ids.Count, 0.05m, 3);
        const int seed = 20200224;
        var draw = new SpotCheckDraw(plan.Id, seed, 0.05m, 3, ids.Count, size, reviewer.Id, reviewer.DisplayName, at);
        db.SpotCheckDraws.Add(draw);
        await db.SaveChangesAsync(cancellationToken);

        var sampled = SpotCheckSampler.Draw(ids, size, seed);
        foreach (var (traineeId, index) in sampled.Select((id, i) => (id, i)))
        {
            db.SpotCheckSampleMembers.Add(new SpotCheckSampleMember(plan.Id, traineeId, draw.Id, reviewer.DisplayName, at));
            var trainee = plan.Trainees.Single(t => t.Id == traineeId);
            var outcome = index == 1 ? SpotCheckOutcome.Unreachable : SpotCheckOutcome.ConfirmedAttendance;
            db.SpotCheckRecords.Add(new SpotCheckRecord(plan.Id, traineeId, SpotCheckMethod.Phone,
                at.AddHours(index + 1), trainee.Phone, outcome,
                outcome == SpotCheckOutcome.ConfirmedAttendance ? "本人确认参加了线上培训。" : "两次拨打无人接听。",
                reviewer.Id, reviewer.DisplayName, at.AddHours(index + 1)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
