using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Support;

/// <summary>Builds enterprises and training plans in a test database, in any status, straight through the entities.</summary>
public static class PlanBuilder
{
    public static async Task<Enterprise> AddEnterpriseAsync(TestDatabase database, string districtCode = "120116",
        string? creditCode = null)
    {
        var code = creditCode ?? UnifiedSocialCreditCodeTests.Generate(new Random(Guid.NewGuid().GetHashCode()));
        await using var db = database.CreateDbContext();
        var enterprise = new Enterprise($"测试企业{code[^5..]}", code, districtCode, "天津市测试路1号", "张三", "13812345678",
            database.Clock.GetUtcNow());
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise;
    }

    /// <summary>Adds a plan with <paramref name="traineeCount"/> valid trainees, submitted, and approved unless told not to.</summary>
    /// <remarks>Pass <paramref name="trainees"/> to use those trainees instead of generated ones.</remarks>
    public static async Task<TrainingPlan> AddPlanAsync(TestDatabase database, Enterprise enterprise, int traineeCount,
        PlanStatus status = PlanStatus.Approved, IReadOnlyList<Trainee>? trainees = null)
    {
        await using var db = database.CreateDbContext();
        var now = database.Clock.GetUtcNow();
        var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, $"PX{enterprise.DistrictCode}-{Guid.NewGuid():N}"[..20], now);
        plan.SetOccupationAndPeriod("6-18-02-04", "焊工", "焊接岗位技能提升", new DateOnly(2020, 3, 9), new DateOnly(2020, 3, 20), now);
        plan.SetPlatform(PlatformKind.PublicPlatform, "天津职业技能公共实训平台", "https://example.org/train", null, null, now);
        plan.ReplaceCourses(
            [
                new Course("焊接工艺", 16, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1),
                new Course("安全生产", 4, CourseCategory.GeneralLiteracy, CourseDelivery.Live, 2),
            ],
            now);
        var random = new Random(traineeCount * 31 + enterprise.Id);
        trainees ??= Enumerable.Range(1, traineeCount)
            .Select(i => new Trainee($"学员{i}", ResidentIdNumberTests.Generate(random), "焊工", $"138{i:00000000}",
                EmploymentType.Formal, true, i))
            .GroupBy(t => t.IdNumber)
            .Select(g => g.First())
            .ToList();
        plan.ReplaceTrainees(trainees, now);
        plan.SetContact("张三", "13812345678", now);
        plan.AttachSignedLetter(await AddLetterFileAsync(database, enterprise.Id), now);
        if (status != PlanStatus.Draft)
        {
            plan.Submit("enterprise-user", "张三", now);
        }

        switch (status)
        {
            case PlanStatus.Approved:
                plan.Approve("reviewer", "审核员", now, new DateOnly(2020, 3, 2), null, null);
                break;
            case PlanStatus.Returned:
                plan.Return("reviewer", "审核员", now, "请补充课程说明", null);
                break;
            case PlanStatus.Rejected:
                plan.Reject("reviewer", "审核员", now, "职业不属于技能类", null);
                break;
        }

        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private static async Task<int> AddLetterFileAsync(TestDatabase database, int enterpriseId)
    {
        await using var db = database.CreateDbContext();
        var file = new Core.Files.StoredFile($"{Guid.NewGuid():N}.pdf", "承诺书.pdf", Core.Files.FileKind.Pdf,
            Core.Files.FilePurpose.CommitmentLetterScan, 100, new string('0', 64), enterpriseId, "enterprise-user",
            database.Clock.GetUtcNow());
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}
