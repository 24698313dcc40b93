using Bunit;
using TrainingSubsidy.Web.Features.Review;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanReviewQueuePageTests : ReviewPageTestBase
{
    [Fact]
    public async Task ListsOwnDistrictPlansAwaitingReview()
    {
        await Data.AddPlanAsync(Enterprise, "PX120116-000001");
        await Data.AddPlanAsync(Enterprise, "PX120116-000002", submit: false);
        var heping = await Data.AddEnterpriseAsync("和平商贸有限公司", Heping);
        await Data.AddPlanAsync(heping, "PX120101-000001");

        var page = RenderWithProviders<PlanReviewQueuePage>();

        page.WaitForAssertion(() => Assert.Contains("PX120116-000001", page.Find("#review-queue").TextContent,
            StringComparison.Ordinal));
        var text = page.Find("#review-queue").TextContent;
        Assert.DoesNotContain("PX120116-000002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PX120101-000001", text, StringComparison.Ordinal);
        Assert.Contains("共 1 条", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyQueueShowsChineseMessage()
    {
        var page = RenderWithProviders<PlanReviewQueuePage>();

        page.WaitForAssertion(() => Assert.Contains("暂无待审核的培训计划", page.Find("#queue-empty").TextContent,
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnterpriseFilterNarrowsList()
    {
        await Data.AddPlanAsync(Enterprise, "PX120116-000001");
        var other = await Data.AddEnterpriseAsync("滨海食品有限公司", Binhai);
        await Data.AddPlanAsync(other, "PX120116-000002");
        var page = RenderWithProviders<PlanReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Contains("共 2 条", page.Find("#review-queue").TextContent,
            StringComparison.Ordinal));

        page.Find("#filter-enterprise").Input("食品");

        // MudBlazor 9.14 runs its debounce timer on the registered TimeProvider, which here is the fake clock.
        Database.Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.Contains("共 1 条", page.Find("#review-queue").TextContent,
            StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("PX120116-000002", page.Find("#review-queue").TextContent, StringComparison.Ordinal);
    }
}
