using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Support;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Claims;

/// <summary>
/// Enterprises with bank accounts, approved plans with learning records, user scopes and the claim and payout
/// services over one test database. Plans train from 2020-03-09 to 2020-03-20 with courses of 16 and 4 hours.
/// </summary>
internal sealed class ClaimTestData(TestDatabase database)
{
    public const string Binhai = "120116";

    public static readonly UserScope Reviewer = new("reviewer-1", "reviewer.binhai", Roles.DistrictReviewer, null, Binhai);

    public static readonly UserScope SecondReviewer =
        new("reviewer-2", "reviewer2.binhai", Roles.DistrictReviewer, null, Binhai);

    public static readonly UserScope Finance = new("finance-1", "finance.binhai", Roles.DistrictFinance, null, Binhai);

    private readonly Random _random = new(20200302);

    public TestDatabase Database => database;

    public static UserScope EnterpriseUser(Enterprise enterprise) =>
        new($"enterprise-{enterprise.Id}", $"user{enterprise.Id}", Roles.EnterpriseUser, enterprise.Id,
            enterprise.DistrictCode);

    public AuditTrail Audit() => new(database, database.Clock, NullLogger<AuditTrail>.Instance);

    public ClaimService Claims(Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>? factory = null)
    {
        var dbFactory = factory ?? database;
        var audit = Audit();
        return new ClaimService(dbFactory, new BlacklistService(database, audit, database.Clock), audit, database.Clock,
            NullLogger<ClaimService>.Instance);
    }

    public ClaimReviewService Review(Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>? factory = null) =>
        new(factory ?? database, Blacklist(), Audit(), database.Clock, NullLogger<ClaimReviewService>.Instance);

    public PublicNoticeService Notice() =>
        new(database, Audit(), database.Clock, NullLogger<PublicNoticeService>.Instance);

    public PayoutBatchService Batches() =>
        new(database, Notice(), Audit(), database.Clock, NullLogger<PayoutBatchService>.Instance);

    public PayoutLedgerService Ledgers() =>
        new(database, Audit(), database.Clock, NullLogger<PayoutLedgerService>.Instance);

    public BlacklistService Blacklist() => new(database, Audit(), database.Clock);

    public string NewIdNumber() => ResidentIdNumberTests.Generate(_random);

    /// <summary>Sets the clock to 09:00 Beijing time on the given day.</summary>
    public void SetToday(DateOnly day) =>
        database.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset));

    public async Task<Enterprise> AddEnterpriseAsync()
    {
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database, Binhai);
        await using var db = database.CreateDbContext();
        db.Attach(enterprise);
        enterprise.SetBankAccount("中国工商银行天津滨海支行", enterprise.Name, $"0302{enterprise.Id:000000}0012345678");
        await db.SaveChangesAsync();
        return enterprise;
    }

    /// <summary>Adds an approved plan whose trainees have the given ID numbers, approved on <paramref name="approvedOn"/>.</summary>
    public async Task<TrainingPlan> AddPlanAsync(Enterprise enterprise, IReadOnlyList<string> idNumbers,
        DateOnly? approvedOn = null)
    {
        await using var db = database.CreateDbContext();
        var now = database.Clock.GetUtcNow();
        var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, $"PX{enterprise.DistrictCode}-{Guid.NewGuid():N}"[..20], now);
        plan.SetOccupationAndPeriod("6-18-02-04", "焊工", "焊接岗位技能提升", new DateOnly(2020, 3, 9),
            new DateOnly(2020, 3, 20), now);
        plan.SetPlatform(PlatformKind.PublicPlatform, "天津职业技能公共实训平台", "https://example.org/train", null, null, now);
        plan.ReplaceCourses(
            [
                new Course("焊接工艺", 16, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1),
                new Course("安全生产", 4, CourseCategory.GeneralLiteracy, CourseDelivery.Live, 2),
            ],
            now);
        plan.ReplaceTrainees(
            idNumbers.Select((id, i) => new Trainee($"王学员{i + 1}", id, "焊工", $"1381234{i:0000}",
                EmploymentType.Formal, true, i + 1)),
            now);
        plan.SetContact("张三", "13812345678", now);
        var letter = new Core.Files.StoredFile($"{Guid.NewGuid():N}.pdf", "承诺书.pdf", Core.Files.FileKind.Pdf,
            Core.Files.FilePurpose.CommitmentLetterScan, 100, new string('0', 64), enterprise.Id, "enterprise-user", now);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync();
        plan.AttachSignedLetter(letter.Id, now);
        plan.Submit("enterprise-user", "张三", now);
        plan.Approve("reviewer", "审核员", now, approvedOn ?? new DateOnly(2020, 3, 2), null, null);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>Records learning hours per trainee: the first number for the 16-hour course, the second for the 4-hour one.</summary>
    public async Task AddLearningAsync(TrainingPlan plan, IReadOnlyList<(decimal Skill, decimal Literacy)> hours)
    {
        await using var db = database.CreateDbContext();
        var batch = new LearningImportBatch(plan.Id, "学习记录.xlsx", new string('a', 64), hours.Count * 2,
            "enterprise-user", "张三", database.Clock.GetUtcNow());
        db.LearningImportBatches.Add(batch);
        await db.SaveChangesAsync();

        var courses = plan.Courses.OrderBy(course => course.SortOrder).ToList();
        var trainees = plan.Trainees.OrderBy(trainee => trainee.SortOrder).ToList();
        for (var i = 0; i < hours.Count; i++)
        {
            var start = new DateTime(2020, 3, 10, 9, 0, 0, DateTimeKind.Unspecified);
            db.LearningRecords.Add(new LearningRecord(plan.Id, trainees[i].Id, courses[0].Id, start, start.AddHours(8),
                hours[i].Skill, true, null, batch.Id, (i * 2) + 2));
            db.LearningRecords.Add(new LearningRecord(plan.Id, trainees[i].Id, courses[1].Id, start, start.AddHours(4),
                hours[i].Literacy, true, null, batch.Id, (i * 2) + 3));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Adds a plan with the given people, every one of them with complete hours.</summary>
    public async Task<TrainingPlan> AddCompletedPlanAsync(Enterprise enterprise, IReadOnlyList<string> idNumbers,
        DateOnly? approvedOn = null)
    {
        var plan = await AddPlanAsync(enterprise, idNumbers, approvedOn);
        await AddLearningAsync(plan, idNumbers.Select(_ => (16m, 4m)).ToList());
        return plan;
    }

    public Task<int> SubmitAsync(Enterprise enterprise, TrainingPlan plan, ClaimService? service = null) =>
        (service ?? Claims()).SubmitAsync(EnterpriseUser(enterprise), new ClaimSubmission(plan.Id, true, true));

    public async Task ApproveAsync(int claimId, UserScope? reviewer = null,
        IReadOnlyDictionary<int, string>? exclusions = null)
    {
        var scope = reviewer ?? Reviewer;
        var claim = await Review().GetAsync(scope, claimId);
        await Review().DecideAsync(scope, new ClaimDecision(claimId, claim.Version, ClaimDecisionAction.Approve, null,
            exclusions ?? new Dictionary<int, string>()));
    }

    /// <summary>Submits and approves a complete claim and returns its award id.</summary>
    public async Task<int> AddAwardAsync(Enterprise enterprise, int people, UserScope? reviewer = null)
    {
        var plan = await AddCompletedPlanAsync(enterprise, Enumerable.Range(0, people).Select(_ => NewIdNumber()).ToList());
        var claimId = await SubmitAsync(enterprise, plan);
        await ApproveAsync(claimId, reviewer);
        await using var db = database.CreateDbContext();
        return db.Awards.Single(award => award.SourceId == claimId && award.Programme == Programme.OnlineTraining).Id;
    }
}
