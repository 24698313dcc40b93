using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.Support.PlanTestContext;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class PlanDraftServiceTests
{
    [Fact]
    public async Task PlanNumbersAreSequentialPerDistrict()
    {
        await using var context = await CreateAsync();

        var first = await context.Plans.CreateAsync(context.BinhaiUser);
        var second = await context.Plans.CreateAsync(context.BinhaiUser);
        var other = await context.Plans.CreateAsync(context.HepingUser);

        Assert.Equal("PX120116-000001", first.PlanNumber);
        Assert.Equal("PX120116-000002", second.PlanNumber);
        Assert.Equal("PX120101-000001", other.PlanNumber);
    }

    [Fact]
    public async Task StepsSaveAndRecordLastStep()
    {
        await using var context = await CreateAsync();

        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.Equal(5, stored.LastSavedStep);
        Assert.Equal("焊工", stored.OccupationName);
        Assert.Equal(2, stored.Courses.Count);
        Assert.Equal(2, stored.Trainees.Count);
        Assert.Equal("13812345678", stored.ContactPhone);
    }

    [Fact]
    public async Task PlatformPasswordIsEncrypted()
    {
        await using var context = await CreateAsync();

        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.NotNull(stored.PlatformPasswordProtected);
        Assert.DoesNotContain("S3cret-pass", stored.PlatformPasswordProtected, StringComparison.Ordinal);
        Assert.Equal("S3cret-pass", context.Protector.Unprotect(stored.PlatformPasswordProtected));
    }

    [Fact]
    public async Task EmptyPasswordKeepsSavedOne()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        Expect(await context.Drafts.SavePlatformAsync(context.BinhaiUser, plan.Id, version, new PlatformStepForm
        {
            Kind = PlatformKind.ThirdPartyProvider,
            Name = "职业技能在线学习平台",
            Url = "https://learn.example.com/courses",
            RequiresLogin = true,
            Account = "review-account-2",
        }));
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.Equal("review-account-2", stored.PlatformAccount);
        Assert.Equal("S3cret-pass", context.Protector.Unprotect(stored.PlatformPasswordProtected!));
    }

    [Fact]
    public async Task StaleVersionGetsConflict()
    {
        await using var context = await CreateAsync();
        var plan = await context.Plans.CreateAsync(context.BinhaiUser);
        var contact = new ContactStepForm { ContactPerson = "刘建华", ContactPhone = "13812345678" };
        Expect(await context.Drafts.SaveContactAsync(context.BinhaiUser, plan.Id, plan.Version, contact));

        contact.ContactPerson = "王五";
        var stale = await context.Drafts.SaveContactAsync(context.BinhaiUser, plan.Id, plan.Version, contact);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.False(stale.Succeeded);
        Assert.NotNull(stale.ConflictMessage);
        Assert.Equal("刘建华", stored.ContactPerson);
    }

    [Fact]
    public async Task LiteracyCapComesFromParametersInForce()
    {
        await using var context = await CreateAsync();
        var plan = await context.Plans.CreateAsync(context.BinhaiUser);
        CourseInput[] courses =
        [
            new() { Name = "焊接工艺", Hours = 7, Category = CourseCategory.OccupationalSkill, Delivery = CourseDelivery.Live },
            new() { Name = "工匠精神", Hours = 3, Category = CourseCategory.GeneralLiteracy, Delivery = CourseDelivery.Live },
        ];

        var underVersion1 = await context.Drafts.SaveCoursesAsync(context.BinhaiUser, plan.Id, plan.Version, courses);
        await using (var db = context.Database.CreateDbContext())
        {
            db.PolicyParameters.Add(new Core.Reference.PolicyParameters(2, new DateOnly(2020, 3, 1),
                context.Database.Clock.GetUtcNow(), "test") { GeneralLiteracyMaxShare = 0.30m });
            await db.SaveChangesAsync();
        }

        var underVersion2 = await context.Drafts.SaveCoursesAsync(context.BinhaiUser, plan.Id, plan.Version, courses);

        Assert.False(underVersion1.Succeeded);
        Assert.Contains("30%", underVersion1.Errors.For(CourseValidator.ListField).Single(), StringComparison.Ordinal);
        Assert.True(underVersion2.Succeeded);
    }

    [Fact]
    public async Task ManualTraineeErrorsSaveNothing()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var adult = MakeIdNumber(new DateOnly(1990, 1, 1), 201);

        var result = await context.Drafts.SaveTraineesAsync(context.BinhaiUser, plan.Id, version,
        [
            Trainee("王强", adult),
            Trainee("赵六", adult),
            Trainee("孙七", MakeIdNumber(new DateOnly(2004, 3, 6), 202)),
        ]);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.False(result.Succeeded);
        Assert.Contains(result.RowErrors, e => e.RowNumber == 2 && e.Message.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(result.RowErrors, e => e.RowNumber == 3 && e.Message.Contains("16", StringComparison.Ordinal));
        Assert.Equal(2, stored.Trainees.Count);
    }

    [Fact]
    public async Task ReplacingTraineesKeepsSameIds()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);
        var inputs = stored.Trainees.Select(TraineeValidator.ToInput).ToList();
        inputs[0].Post = "质检员";

        Expect(await context.Drafts.SaveTraineesAsync(context.BinhaiUser, plan.Id, version, inputs));
        await using var db = context.Database.CreateDbContext();
        var posts = await db.TrainingPlans.Where(p => p.Id == plan.Id).SelectMany(p => p.Trainees)
            .Select(t => t.Post).ToListAsync();

        Assert.Equal(2, posts.Count);
        Assert.Contains("质检员", posts);
    }
}
