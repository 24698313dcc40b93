using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanHistoryServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ReviewTestData _data = default!;
    private Enterprise _enterprise = default!;
    private TrainingPlan _plan = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ReviewTestData(_database);
        _enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        _plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        _database.Clock.Advance(TimeSpan.FromHours(3));
        await _data.DecisionService().DecideAsync(BinhaiReviewer,
            new PlanDecision(_plan.Id, _plan.Version, PlanReviewAction.Returned, "请补充平台账号。", CompleteChecklist()),
            TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OwningEnterpriseSeesHistoryWithoutChecklist()
    {
        var history = await GetAsync(EnterpriseUserOf(_enterprise));

        Assert.NotNull(history);
        Assert.Equal([PlanReviewAction.Submitted, PlanReviewAction.Returned], history.Select(entry => entry.Action));
        Assert.Equal("请补充平台账号。", history[1].Reason);
        Assert.Equal(ChinaTime.Now(_database.Clock), history[1].At);
        Assert.All(history, entry => Assert.Null(entry.Checklist));
    }

    [Fact]
    public async Task DistrictStaffAndCityAdminSeeChecklist()
    {
        foreach (var scope in new[] { BinhaiReviewer, BinhaiFinance, CityAdmin })
        {
            var history = await GetAsync(scope);

            Assert.NotNull(history);
            Assert.Equal(CompleteChecklist(), history[1].Checklist);
        }
    }

    [Fact]
    public async Task OtherEnterpriseAndDistrictAreDenied()
    {
        var other = await _data.AddEnterpriseAsync("滨海食品有限公司", Binhai);

        await Assert.ThrowsAsync<AccessDeniedException>(() => GetAsync(EnterpriseUserOf(other)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => GetAsync(HepingReviewer));
    }

    [Fact]
    public async Task MissingPlanReturnsNull()
    {
        var history = await _data.HistoryService()
            .GetAsync(BinhaiReviewer, _plan.Id + 1000, TestContext.Current.CancellationToken);

        Assert.Null(history);
    }

    private Task<IReadOnlyList<TrainingSubsidy.Core.OnlineTraining.Review.PlanHistoryEntry>?> GetAsync(Core.Identity.UserScope scope) =>
        _data.HistoryService().GetAsync(scope, _plan.Id, TestContext.Current.CancellationToken);
}
