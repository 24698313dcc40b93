using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanReviewQueueServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ReviewTestData _data = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ReviewTestData(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task DefaultQueryListsOnlyPlansAwaitingReview()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var submitted = await _data.AddPlanAsync(enterprise, "PX120116-000001");
        await _data.AddPlanAsync(enterprise, "PX120116-000002", submit: false);
        var approved = await _data.AddPlanAsync(enterprise, "PX120116-000003");
        await _data.DecisionService().DecideAsync(BinhaiReviewer,
            new PlanDecision(approved.Id, approved.Version, PlanReviewAction.Approved, null, CompleteChecklist()),
            TestContext.Current.CancellationToken);

        var result = await ListAsync(BinhaiReviewer, new PlanQueueQuery());

        Assert.Equal(1, result.TotalCount);
        Assert.Equal(submitted.Id, Assert.Single(result.Items).PlanId);
    }

    [Fact]
    public async Task AllStatusesNeverIncludeDrafts()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        await _data.AddPlanAsync(enterprise, "PX120116-000001");
        await _data.AddPlanAsync(enterprise, "PX120116-000002", submit: false);

        var all = await ListAsync(BinhaiReviewer, new PlanQueueQuery { Status = null });
        var drafts = await ListAsync(BinhaiReviewer, new PlanQueueQuery { Status = PlanStatus.Draft });

        Assert.Equal("PX120116-000001", Assert.Single(all.Items).PlanNumber);
        Assert.Empty(drafts.Items);
        Assert.Equal(0, drafts.TotalCount);
    }

    [Fact]
    public async Task ReviewerSeesOnlyOwnDistrict()
    {
        var binhai = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var heping = await _data.AddEnterpriseAsync("和平商贸有限公司", Heping);
        await _data.AddPlanAsync(binhai, "PX120116-000001");
        await _data.AddPlanAsync(binhai, "PX120116-000002");
        await _data.AddPlanAsync(heping, "PX120101-000001");

        var hepingList = await ListAsync(HepingReviewer, new PlanQueueQuery { Status = null });
        var binhaiList = await ListAsync(BinhaiReviewer, new PlanQueueQuery { Status = null });

        Assert.Equal("PX120101-000001", Assert.Single(hepingList.Items).PlanNumber);
        Assert.Equal(2, binhaiList.TotalCount);
        Assert.All(binhaiList.Items, row => Assert.Equal(Binhai, row.DistrictCode));
    }

    [Fact]
    public async Task DistrictFilterCannotWidenReviewerScope()
    {
        var binhai = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        await _data.AddPlanAsync(binhai, "PX120116-000001");

        var result = await ListAsync(HepingReviewer, new PlanQueueQuery { Status = null, DistrictCode = Binhai });

        Assert.Empty(result.Items);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task CityAdminListsAllDistricts()
    {
        var binhai = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var heping = await _data.AddEnterpriseAsync("和平商贸有限公司", Heping);
        await _data.AddPlanAsync(binhai, "PX120116-000001");
        await _data.AddPlanAsync(heping, "PX120101-000001");

        var all = await ListAsync(CityAdmin, new PlanQueueQuery());
        var hepingOnly = await ListAsync(CityAdmin, new PlanQueueQuery { DistrictCode = Heping });

        Assert.Equal(2, all.TotalCount);
        Assert.Equal("PX120101-000001", Assert.Single(hepingOnly.Items).PlanNumber);
    }

    [Fact]
    public async Task EnterpriseUserAndFinanceAreDenied()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var service = _data.QueueService();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ListAsync(EnterpriseUserOf(enterprise), new PlanQueueQuery(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ListAsync(BinhaiFinance, new PlanQueueQuery(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PagingReturnsEachPlanOnce()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        for (var i = 1; i <= 5; i++)
        {
            await _data.AddPlanAsync(enterprise, $"PX120116-00000{i}");
        }

        var pages = new List<PagedResult<PlanQueueRow>>();
        for (var page = 0; page < 3; page++)
        {
            pages.Add(await ListAsync(BinhaiReviewer, new PlanQueueQuery { PageIndex = page, PageSize = 2 }));
        }

        Assert.Equal([2, 2, 1], pages.Select(page => page.Items.Count));
        Assert.All(pages, page => Assert.Equal(5, page.TotalCount));
        Assert.Equal(5, pages.SelectMany(page => page.Items).Select(row => row.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task PageSizeIsClampedToMaximum()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        await _data.AddPlanAsync(enterprise, "PX120116-000001");

        var huge = await ListAsync(BinhaiReviewer, new PlanQueueQuery { PageSize = int.MaxValue });
        var zero = await ListAsync(BinhaiReviewer, new PlanQueueQuery { PageSize = 0, PageIndex = -3 });

        Assert.Single(huge.Items);
        Assert.Single(zero.Items);
    }

    [Fact]
    public async Task SortingBySubmissionDateEnterpriseAndNumber()
    {
        var firstByName = await _data.AddEnterpriseAsync("天津滨海乙公司", Binhai);
        var secondByName = await _data.AddEnterpriseAsync("天津滨海甲公司", Binhai);
        await _data.AddPlanAsync(firstByName, "PX120116-000002");
        _database.Clock.Advance(TimeSpan.FromDays(1));
        await _data.AddPlanAsync(secondByName, "PX120116-000003");
        _database.Clock.Advance(TimeSpan.FromDays(1));
        await _data.AddPlanAsync(firstByName, "PX120116-000001");

        var oldestFirst = await NumbersAsync(new PlanQueueQuery());
        var newestFirst = await NumbersAsync(new PlanQueueQuery { Descending = true });
        var byNumber = await NumbersAsync(new PlanQueueQuery { SortBy = PlanQueueSort.PlanNumber });
        var byNumberDescending = await NumbersAsync(
            new PlanQueueQuery { SortBy = PlanQueueSort.PlanNumber, Descending = true });
        var byEnterprise = await NumbersAsync(new PlanQueueQuery { SortBy = PlanQueueSort.EnterpriseName });

        Assert.Equal(["PX120116-000002", "PX120116-000003", "PX120116-000001"], oldestFirst);
        Assert.Equal(["PX120116-000001", "PX120116-000003", "PX120116-000002"], newestFirst);
        Assert.Equal(["PX120116-000001", "PX120116-000002", "PX120116-000003"], byNumber);
        Assert.Equal(["PX120116-000003", "PX120116-000002", "PX120116-000001"], byNumberDescending);

        // SQLite compares names by code point, so 乙 (U+4E59) sorts before 甲 (U+7532). Ties keep the plan id order.
        Assert.Equal(["PX120116-000002", "PX120116-000001", "PX120116-000003"], byEnterprise);
    }

    [Fact]
    public async Task SortingByStatus()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var rejected = await _data.AddPlanAsync(enterprise, "PX120116-000001");
        await _data.AddPlanAsync(enterprise, "PX120116-000002");
        await _data.DecisionService().DecideAsync(BinhaiReviewer,
            new PlanDecision(rejected.Id, rejected.Version, PlanReviewAction.Rejected, "平台无法登录。", new ReviewChecklist()),
            TestContext.Current.CancellationToken);

        var ascending = await NumbersAsync(new PlanQueueQuery { Status = null, SortBy = PlanQueueSort.Status });
        var descending = await NumbersAsync(
            new PlanQueueQuery { Status = null, SortBy = PlanQueueSort.Status, Descending = true });

        Assert.Equal(["PX120116-000002", "PX120116-000001"], ascending);
        Assert.Equal(["PX120116-000001", "PX120116-000002"], descending);
    }

    [Fact]
    public async Task EnterpriseFilterMatchesNameOrCreditCode()
    {
        var steel = await _data.AddEnterpriseAsync("滨海钢结构（集团）有限公司", Binhai);
        var food = await _data.AddEnterpriseAsync("滨海食品有限公司", Binhai);
        await _data.AddPlanAsync(steel, "PX120116-000001");
        await _data.AddPlanAsync(food, "PX120116-000002");

        var byName = await NumbersAsync(new PlanQueueQuery { Enterprise = " 钢结构（集团）\u200B" });
        var byCode = await NumbersAsync(new PlanQueueQuery { Enterprise = food.CreditCode[^6..].ToLowerInvariant() });
        var byFullWidthCode = await NumbersAsync(new PlanQueueQuery { Enterprise = ToFullWidth(steel.CreditCode) });
        var none = await NumbersAsync(new PlanQueueQuery { Enterprise = "不存在的企业" });

        Assert.Equal(["PX120116-000001"], byName);
        Assert.Equal(["PX120116-000002"], byCode);
        Assert.Equal(["PX120116-000001"], byFullWidthCode);
        Assert.Empty(none);
    }

    [Fact]
    public async Task OccupationFilterMatchesCodeOrName()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        await _data.AddPlanAsync(enterprise, "PX120116-000001", "6-18-02-04", "焊工");
        await _data.AddPlanAsync(enterprise, "PX120116-000002", "4-10-01-05", "养老护理员");

        var byCode = await NumbersAsync(new PlanQueueQuery { Occupation = "6-18" });
        var byName = await NumbersAsync(new PlanQueueQuery { Occupation = "护理" });

        Assert.Equal(["PX120116-000001"], byCode);
        Assert.Equal(["PX120116-000002"], byName);
    }

    [Fact]
    public async Task SubmissionDateRangeUsesChinaDaysInclusive()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);

        // The clock starts at 09:00 China time on 2020-03-02, so the first plan is sent at 23:30 that day and the
        // second at 00:30 the next day.
        _database.Clock.Advance(TimeSpan.FromHours(14.5));
        await _data.AddPlanAsync(enterprise, "PX120116-000001");
        _database.Clock.Advance(TimeSpan.FromHours(1));
        await _data.AddPlanAsync(enterprise, "PX120116-000002");
        _database.Clock.Advance(TimeSpan.FromDays(2));
        await _data.AddPlanAsync(enterprise, "PX120116-000003");

        var march2 = await NumbersAsync(new PlanQueueQuery
        {
            SubmittedFrom = new DateOnly(2020, 3, 2),
            SubmittedTo = new DateOnly(2020, 3, 2),
        });
        var fromMarch3 = await NumbersAsync(new PlanQueueQuery { SubmittedFrom = new DateOnly(2020, 3, 3) });
        var toMarch4 = await NumbersAsync(new PlanQueueQuery { SubmittedTo = new DateOnly(2020, 3, 4) });

        Assert.Equal(["PX120116-000001"], march2);
        Assert.Equal(["PX120116-000002", "PX120116-000003"], fromMarch3);
        Assert.Equal(["PX120116-000001", "PX120116-000002"], toMarch4);
    }

    [Fact]
    public async Task RowCarriesEnterpriseAndTraineeCount()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        await _data.AddPlanAsync(enterprise, "PX120116-000001", traineeCount: 3);

        var row = Assert.Single((await ListAsync(BinhaiReviewer, new PlanQueueQuery())).Items);

        Assert.Equal("滨海钢结构有限公司", row.EnterpriseName);
        Assert.Equal(enterprise.CreditCode, row.CreditCode);
        Assert.Equal(3, row.TraineeCount);
        Assert.Equal("焊工", row.OccupationName);
        Assert.Equal(PlanStatus.Submitted, row.Status);
        Assert.Equal(ChinaTime.Now(_database.Clock), row.SubmittedAt);
    }

    [Fact]
    public async Task ListPendingReturnsOldestFirstUpToMax()
    {
        var enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        for (var i = 1; i <= 3; i++)
        {
            await _data.AddPlanAsync(enterprise, $"PX120116-00000{i}");
            _database.Clock.Advance(TimeSpan.FromHours(1));
        }

        var pending = await _data.QueueService().ListPendingAsync(BinhaiReviewer, 2, TestContext.Current.CancellationToken);

        Assert.Equal(3, pending.TotalCount);
        Assert.Equal(["PX120116-000001", "PX120116-000002"], pending.Items.Select(row => row.PlanNumber));
    }

    private Task<PagedResult<PlanQueueRow>> ListAsync(Core.Identity.UserScope scope, PlanQueueQuery query) =>
        _data.QueueService().ListAsync(scope, query, TestContext.Current.CancellationToken);

    private async Task<List<string>> NumbersAsync(PlanQueueQuery query) =>
        (await ListAsync(BinhaiReviewer, query)).Items.Select(row => row.PlanNumber).ToList();

    private static string ToFullWidth(string text) =>
        string.Concat(text.Select(character => (char)(character + 0xFEE0)));
}
