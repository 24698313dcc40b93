using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Core.Validation;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

/// <summary>Enterprises, plans, user scopes and review services over one test database.</summary>
internal sealed class ReviewTestData(TestDatabase database)
{
    public const string Binhai = "120116";
    public const string Heping = "120101";

    public static readonly UserScope BinhaiReviewer =
        new("user-binhai", "reviewer.binhai", Roles.DistrictReviewer, null, Binhai);

    public static readonly UserScope SecondBinhaiReviewer =
        new("user-binhai-2", "reviewer.binhai2", Roles.DistrictReviewer, null, Binhai);

    public static readonly UserScope HepingReviewer =
        new("user-heping", "reviewer.heping", Roles.DistrictReviewer, null, Heping);

    public static readonly UserScope BinhaiFinance =
        new("user-finance", "finance.binhai", Roles.DistrictFinance, null, Binhai);

    public static readonly UserScope CityAdmin = new("user-admin", "admin", Roles.CityAdmin, null, null);

    private int _nextCreditCodeSerial = 1;
    private int _nextIdSerial = 1;

    public TestDatabase Database => database;

    public PlatformPasswordProtector PasswordProtector { get; } =
        new(new EphemeralDataProtectionProvider());

    public static UserScope EnterpriseUserOf(Enterprise enterprise) =>
        new($"user-enterprise-{enterprise.Id}", $"enterprise.{enterprise.Id}", Roles.EnterpriseUser, enterprise.Id, null);

    public PlanReviewQueueService QueueService() => new(database);

    public PlanReviewDetailService DetailService() => new(database, new RosterPreCheck(database), database.Clock);

    public Core.Auditing.AuditTrail Audit() =>
        new(database, database.Clock, NullLogger<Core.Auditing.AuditTrail>.Instance);

    public PlanDecisionService DecisionService() =>
        new(database, database.Clock, Audit(), NullLogger<PlanDecisionService>.Instance);

    public PlanRevealService RevealService() =>
        new(database, PasswordProtector, Audit(), NullLogger<PlanRevealService>.Instance);

    public PlanHistoryService HistoryService() => new(database);

    public async Task<Enterprise> AddEnterpriseAsync(string name, string districtCode)
    {
        var enterprise = new Enterprise(
            name,
            NextCreditCode(districtCode),
            districtCode,
            "天津市测试路1号",
            "王经理",
            "13912345678",
            ChinaTime.Now(database.Clock));
        await using var db = database.CreateDbContext();
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return enterprise;
    }

    /// <summary>Adds a complete plan; submits it at the clock's current time unless <paramref name="submit"/> is false.</summary>
    public async Task<TrainingPlan> AddPlanAsync(
        Enterprise enterprise,
        string planNumber,
        string occupationCode = "6-18-02-04",
        string occupationName = "焊工",
        string? platformPassword = null,
        int traineeCount = 2,
        bool submit = true,
        IReadOnlyList<string>? traineeIdNumbers = null)
    {
        var now = ChinaTime.Now(database.Clock);
        var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, planNumber, now);
        plan.SetOccupationAndPeriod(occupationCode, occupationName, "焊接是本企业主营的钢结构制造的核心工序。",
            new DateOnly(2020, 3, 16), new DateOnly(2020, 4, 30), now);
        plan.SetPlatform(PlatformKind.ThirdPartyProvider, "测试职业培训平台", "https://training.example.cn",
            "test-account", platformPassword is null ? null : PasswordProtector.Protect(platformPassword), now);
        plan.ReplaceCourses(
            [
                new Course("焊接工艺基础", 40m, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1),
                new Course("安全生产与工匠精神", 8m, CourseCategory.GeneralLiteracy, CourseDelivery.Live, 2),
            ],
            now);

        var idNumbers = traineeIdNumbers ?? Enumerable.Range(0, traineeCount).Select(_ => NextIdNumber()).ToList();
        plan.ReplaceTrainees(
            idNumbers.Select((id, index) => new Trainee(
                $"张{"伟芳娜敏静"[index % 5]}", id, "焊工", "13800001111", EmploymentType.Formal, true, index + 1)),
            now);
        plan.SetContact("李联系", "13698765432", now);

        await using var db = database.CreateDbContext();
        var letter = new StoredFile(Guid.NewGuid().ToString("N"), "承诺书.pdf", FileKind.Pdf, FilePurpose.CommitmentLetterScan,
            1024, new string('a', 64), enterprise.Id, "user-enterprise", now);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        plan.AttachSignedLetter(letter.Id, now);
        if (submit)
        {
            plan.Submit($"user-enterprise-{enterprise.Id}", "王经理", now);
        }

        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return plan;
    }

    public static ReviewChecklist CompleteChecklist() => new()
    {
        OccupationFits = true,
        LiteracyWithinCap = true,
        PlatformVerified = true,
        PlatformCheckMethod = "使用企业提供的账号登录平台，查看了课程目录和学习记录。",
        TraineesEligible = true,
    };

    public string NextIdNumber()
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"12011619900101{_nextIdSerial++:D3}");
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    private string NextCreditCode(string districtCode)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"91{districtCode}MA{_nextCreditCodeSerial++:D7}");
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
