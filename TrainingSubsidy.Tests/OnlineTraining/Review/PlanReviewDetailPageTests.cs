using Bunit;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Web.Features.Review;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanReviewDetailPageTests : ReviewPageTestBase
{
    [Fact]
    public async Task ReturnWithReasonRecordsDecision()
    {
        var plan = await Data.AddPlanAsync(Enterprise, "PX120116-000001");
        var page = RenderPage(plan.Id);

        page.Find("#decision-reason").Input("请补充培训平台的登录账号。");
        page.Find("#decide-return").Click();

        page.WaitForAssertion(() => Assert.Contains("退回修改", page.Find(".plan-status").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#decision-panel"));
        Assert.Contains("请补充培训平台的登录账号。", page.Find("#plan-history").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnWithoutReasonShowsError()
    {
        var plan = await Data.AddPlanAsync(Enterprise, "PX120116-000001");
        var page = RenderPage(plan.Id);

        page.Find("#decide-return").Click();

        page.WaitForAssertion(() => Assert.Contains("必须填写原因", page.Find("#decision-error").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("待审核", page.Find(".plan-status").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConflictOffersReloadAndKeepsReason()
    {
        var plan = await Data.AddPlanAsync(Enterprise, "PX120116-000001");
        var page = RenderPage(plan.Id);
        page.WaitForElement("#decision-panel");

        // Another reviewer approves the plan after this page was loaded.
        await Data.DecisionService().DecideAsync(SecondBinhaiReviewer,
            new PlanDecision(plan.Id, plan.Version, PlanReviewAction.Approved, null, CompleteChecklist()),
            Xunit.TestContext.Current.CancellationToken);
        page.Find("#decision-reason").Input("课程安排需要调整。");
        page.Find("#decide-return").Click();

        page.WaitForElement("#decision-conflict");
        Assert.Contains("重新加载", page.Find("#reload-plan").TextContent, StringComparison.Ordinal);
        page.Find("#reload-plan").Click();
        page.WaitForAssertion(() => Assert.Contains("已通过", page.Find(".plan-status").TextContent, StringComparison.Ordinal));
        Assert.Contains("课程安排需要调整。", page.Find("#unsaved-reason").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#decision-conflict"));
    }

    [Fact]
    public async Task OtherDistrictPlanShowsAccessDenied()
    {
        var heping = await Data.AddEnterpriseAsync("和平商贸有限公司", Heping);
        var plan = await Data.AddPlanAsync(heping, "PX120101-000001");

        var page = RenderPage(plan.Id);

        page.WaitForElement("#plan-access-denied");
        Assert.Empty(page.FindAll("#plan-enterprise"));
    }

    [Fact]
    public async Task RevealPasswordShowsPlainText()
    {
        var plan = await Data.AddPlanAsync(Enterprise, "PX120116-000001", platformPassword: "Secret#2020");
        var page = RenderPage(plan.Id);

        Assert.DoesNotContain("Secret#2020", page.Find("#platform-password").TextContent, StringComparison.Ordinal);
        page.Find("#reveal-password").Click();

        page.WaitForAssertion(() => Assert.Contains("Secret#2020", page.Find("#platform-password").TextContent,
            StringComparison.Ordinal));
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderPage(int planId)
    {
        var page = RenderWithProviders<PlanReviewDetailPage>(builder =>
            builder.AddAttribute(3, nameof(PlanReviewDetailPage.PlanId), planId));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));
        return page;
    }
}
