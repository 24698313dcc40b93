using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanReviewDetailServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ReviewTestData _data = default!;
    private Enterprise _enterprise = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ReviewTestData(_database);
        _enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task DistrictReviewerGetsFullDetail()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", platformPassword: "Secret#2020");

        var detail = await GetAsync(BinhaiReviewer, plan.Id);

        Assert.NotNull(detail);
        Assert.True(detail.CanAct);
        Assert.True(detail.IsAwaitingDecision);
        Assert.Equal(plan.Version, detail.Version);
        Assert.Equal("滨海新区", detail.DistrictName);
        Assert.Equal("滨海钢结构有限公司", detail.Enterprise.Name);
        Assert.Equal(_enterprise.CreditCode, detail.Enterprise.CreditCode);
        Assert.NotEqual("13912345678", detail.Enterprise.MaskedContactPhone);
        Assert.Equal("13698765432", detail.ContactPhone);
        Assert.Equal(new OccupationStatus("6-18-02-04", "焊工", true, false), detail.Occupation);
        Assert.Equal(PlatformKind.ThirdPartyProvider, detail.PlatformKind);
        Assert.Equal("https://training.example.cn", detail.PlatformUrl);
        Assert.Equal("test-account", detail.PlatformAccount);
        Assert.True(detail.HasPlatformPassword);
        Assert.Equal(48m, detail.TotalHours);
        Assert.Equal(8m, detail.LiteracyHours);
        Assert.Equal(0.20m, detail.LiteracyMaxShare);
        Assert.True(detail.IsLiteracyWithinCap);
        Assert.Equal(["焊接工艺基础", "安全生产与工匠精神"], detail.Courses.Select(course => course.Name));
        Assert.Equal(PlanReviewAction.Submitted, Assert.Single(detail.History).Action);
        Assert.NotNull(detail.SignedLetter);
        Assert.True(detail.SignedLetter.CanDownload);
        Assert.Equal($"/downloads/files/{detail.SignedLetter.FileId}", detail.SignedLetter.DownloadPath);
    }

    [Fact]
    public async Task TraineesAreMasked()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", traineeCount: 2);
        var idNumbers = plan.Trainees.Select(trainee => trainee.IdNumber).ToList();

        var detail = await GetAsync(BinhaiReviewer, plan.Id);

        Assert.NotNull(detail);
        Assert.Equal(2, detail.Trainees.Count);
        Assert.All(detail.Trainees, trainee => Assert.DoesNotContain(trainee.MaskedIdNumber, idNumbers));
        Assert.All(detail.Trainees, trainee => Assert.Contains('*', trainee.MaskedIdNumber));
        Assert.All(detail.Trainees, trainee => Assert.EndsWith("*", trainee.MaskedName, StringComparison.Ordinal));
        Assert.All(detail.Trainees, trainee => Assert.NotEqual("13800001111", trainee.MaskedPhone));
    }

    [Fact]
    public async Task OtherDistrictReviewerIsDenied()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await Assert.ThrowsAsync<AccessDeniedException>(() => GetAsync(HepingReviewer, plan.Id));
    }

    [Fact]
    public async Task EnterpriseUserAndFinanceAreDenied()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await Assert.ThrowsAsync<AccessDeniedException>(() => GetAsync(EnterpriseUserOf(_enterprise), plan.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => GetAsync(BinhaiFinance, plan.Id));
    }

    [Fact]
    public async Task CityAdminReadsWithoutActing()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        var detail = await GetAsync(CityAdmin, plan.Id);

        Assert.NotNull(detail);
        Assert.False(detail.CanAct);
        Assert.NotEqual("13698765432", detail.ContactPhone);
        Assert.NotNull(detail.SignedLetter);
        Assert.False(detail.SignedLetter.CanDownload);
    }

    [Fact]
    public async Task DraftOrMissingPlanReturnsNull()
    {
        var draft = await _data.AddPlanAsync(_enterprise, "PX120116-000001", submit: false);

        Assert.Null(await GetAsync(BinhaiReviewer, draft.Id));
        Assert.Null(await GetAsync(BinhaiReviewer, draft.Id + 1000));
    }

    [Fact]
    public async Task RosterWarningsAreMasked()
    {
        var shared = _data.NextIdNumber();
        var other = await _data.AddEnterpriseAsync("滨海食品有限公司", Binhai);
        await _data.AddPlanAsync(other, "PX120116-000001", traineeIdNumbers: [shared]);
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000002", traineeIdNumbers: [shared]);

        var detail = await GetAsync(BinhaiReviewer, plan.Id);

        Assert.NotNull(detail);
        var warning = Assert.Single(detail.RosterWarnings);
        Assert.Contains("PX120116-000001", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(shared, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiteracyOverCapIsFlagged()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", submit: false);
        await using (var db = _database.CreateDbContext())
        {
            db.Attach(plan);
            var now = ChinaTime.Now(_database.Clock);
            plan.ReplaceCourses(
                [
                    new Course("焊接工艺基础", 30m, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1),
                    new Course("工匠精神", 10m, CourseCategory.GeneralLiteracy, CourseDelivery.Live, 2),
                ],
                now);
            plan.Submit("user-enterprise", "王经理", now);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var detail = await GetAsync(BinhaiReviewer, plan.Id);

        Assert.NotNull(detail);
        Assert.Equal(0.25m, detail.LiteracyShare);
        Assert.False(detail.IsLiteracyWithinCap);
    }

    private Task<PlanReviewDetail?> GetAsync(Core.Identity.UserScope scope, int planId) =>
        _data.DetailService().GetAsync(scope, planId, TestContext.Current.CancellationToken);
}
