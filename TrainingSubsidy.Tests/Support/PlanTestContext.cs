using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Tests.Support;

/// <summary>
/// A test database with two enterprises in different districts and the online-training services wired to it.
/// The clock is 2020-03-02 09:00 Beijing time.
/// </summary>
public sealed class PlanTestContext : IAsyncDisposable
{
    public const string BinhaiDistrict = "120116";
    public const string HepingDistrict = "120101";
    public const string WelderCode = "6-18-02-04";

    private PlanTestContext(TestDatabase database)
    {
        Database = database;
        Protector = new PlatformPasswordProtector(new EphemeralDataProtectionProvider());
        Plans = new TrainingPlanService(database, new RosterPreCheck(database), database.Clock,
            NullLogger<TrainingPlanService>.Instance);
        Submissions = new PlanSubmissionService(database, new FileStore(database.Paths, database.Clock),
            database.Clock, NullLogger<PlanSubmissionService>.Instance);
        Drafts = new PlanDraftService(database, Protector, database.Clock, NullLogger<PlanDraftService>.Instance);
        Letters = new CommitmentLetterService(database, database.Clock);
        Profiles = new EnterpriseProfileService(database, database.Clock, NullLogger<EnterpriseProfileService>.Instance);
    }

    public TestDatabase Database { get; }

    public PlatformPasswordProtector Protector { get; }

    public TrainingPlanService Plans { get; }

    public PlanSubmissionService Submissions { get; }

    public PlanDraftService Drafts { get; }

    public CommitmentLetterService Letters { get; }

    public EnterpriseProfileService Profiles { get; }

    public Enterprise Binhai { get; private set; } = default!;

    public Enterprise Heping { get; private set; } = default!;

    public UserScope BinhaiUser => new("u-binhai", "enterprise.binhai", Roles.EnterpriseUser, Binhai.Id, null);

    public UserScope HepingUser => new("u-heping", "enterprise.heping", Roles.EnterpriseUser, Heping.Id, null);

    public static async Task<PlanTestContext> CreateAsync()
    {
        var context = new PlanTestContext(await TestDatabase.CreateAsync());
        await using var db = context.Database.CreateDbContext();
        context.Binhai = new Enterprise("天津滨海焊接科技有限公司", "91120116MA05JXYW15", BinhaiDistrict,
            "天津市滨海新区第三大街10号", "刘建华", "13812345678", context.Database.Clock.GetUtcNow());
        context.Heping = new Enterprise("天津和平商贸有限公司", "91120101MA05ABCD2T", HepingDistrict,
            "天津市和平区南京路100号", "陈晓梅", "13912345678", context.Database.Clock.GetUtcNow());
        db.Enterprises.AddRange(context.Binhai, context.Heping);
        await db.SaveChangesAsync();
        return context;
    }

    public static UserScope District(string role, string districtCode) =>
        new($"u-{role}-{districtCode}", $"{role}.{districtCode}", role, null, districtCode);

    /// <summary>Builds a valid resident ID number for the birth date and sequence, with its check character.</summary>
    public static string MakeIdNumber(DateOnly birthDate, int sequence = 123, string areaCode = "120101")
    {
        var first17 = areaCode
                      + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                      + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public static TraineeInput Trainee(string name, string idNumber, string phone = "13700001111") => new()
    {
        Name = name,
        IdNumber = idNumber,
        Post = "焊工",
        Phone = phone,
        EmploymentType = EmploymentType.Formal,
        IsInsured = true,
    };

    /// <summary>Creates a plan for the scope's enterprise and fills steps 1 to 5 with valid data; returns its version.</summary>
    public async Task<(TrainingPlan Plan, Guid Version)> CreateFilledPlanAsync(UserScope scope)
    {
        var plan = await Plans.CreateAsync(scope);
        var version = plan.Version;
        version = Expect(await Drafts.SaveOccupationAsync(scope, plan.Id, version, new OccupationStepForm
        {
            OccupationCode = WelderCode,
            BusinessRelevance = "企业主营焊接结构件生产，焊工是一线主要岗位。",
            TrainingStart = new DateOnly(2020, 3, 5),
            TrainingEnd = new DateOnly(2020, 3, 31),
        }));
        version = Expect(await Drafts.SavePlatformAsync(scope, plan.Id, version, new PlatformStepForm
        {
            Kind = PlatformKind.ThirdPartyProvider,
            Name = "职业技能在线学习平台",
            Url = "https://learn.example.com/courses",
            RequiresLogin = true,
            Account = "review-account",
            NewPassword = "S3cret-pass",
        }));
        version = Expect(await Drafts.SaveCoursesAsync(scope, plan.Id, version,
        [
            new CourseInput { Name = "焊接工艺基础", Hours = 8, Category = CourseCategory.OccupationalSkill, Delivery = CourseDelivery.Live },
            new CourseInput { Name = "安全生产常识", Hours = 2, Category = CourseCategory.GeneralLiteracy, Delivery = CourseDelivery.Recorded },
        ]));
        version = Expect(await Drafts.SaveTraineesAsync(scope, plan.Id, version,
        [
            Trainee("张伟", MakeIdNumber(new DateOnly(1990, 1, 1))),
            Trainee("李娜", MakeIdNumber(new DateOnly(1995, 6, 15), 124)),
        ]));
        version = Expect(await Drafts.SaveContactAsync(scope, plan.Id, version,
            new ContactStepForm { ContactPerson = "刘建华", ContactPhone = "13812345678" }));
        return (plan, version);
    }

    /// <summary>Stores a commitment-letter scan record for the enterprise, as the upload panel would.</summary>
    public async Task<int> AddLetterFileAsync(int enterpriseId, FilePurpose purpose = FilePurpose.CommitmentLetterScan)
    {
        await using var db = Database.CreateDbContext();
        var file = new StoredFile(Guid.NewGuid().ToString("N"), "承诺书.pdf", FileKind.Pdf, purpose, 1000,
            new string('a', 64), enterpriseId, "u-binhai", Database.Clock.GetUtcNow());
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }

    public static Guid Expect(PlanStepResult result)
    {
        Assert.True(result.Succeeded, string.Join(" | ",
            result.Errors.All.Concat(result.RowErrors.Select(e => e.ToString()))
                .Append(result.ConflictMessage ?? string.Empty)
                .Append(result.FileError ?? string.Empty)));
        return result.NewVersion!.Value;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
