using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class BlacklistBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task BlacklistedEnterpriseIsRefusedAtSubmit()
    {
        BrowserFixture.SkipWithoutBrowser();
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        await admin.GotoAsync("/oversight/blacklist");
        await admin.WaitForInteractiveAsync();
        await admin.GetByRole(AriaRole.Combobox, new() { Name = "已注册企业（按名称或信用代码搜索）" }).FillAsync("和平信达");
        await admin.GetByRole(AriaRole.Option).Filter(new() { HasText = "天津和平信达商贸有限公司" }).ClickAsync();

        // The fields for an unregistered enterprise disappear once the server has the selection.
        await Assertions.Expect(admin.GetByLabel("未注册企业的统一社会信用代码")).ToHaveCountAsync(0);
        await admin.FillFieldAsync("原因", "虚报参训人员骗取线上培训补贴");
        await admin.FillFieldAsync("依据文件（名称、文号）", "处理决定书（浏览器测试）");
        await admin.ClickAsync("#blacklist-add");
        await Assertions.Expect(admin.Locator("#blacklist-table")).ToContainTextAsync("天津和平信达商贸有限公司");
        await Assertions.Expect(admin.Locator("#blacklist-table")).ToContainTextAsync("生效中");

        var enterprise = await fixture.NewPageAsync();
        await enterprise.SignInAsync("enterprise.heping");
        await TrainingPlanBrowserTests.FillPlanAsync(enterprise);
        await enterprise.ClickAsync("#submit-plan");
        await enterprise.ConfirmDialogAsync("提交");

        await Assertions.Expect(enterprise.Locator("#submit-errors")).ToContainTextAsync("黑名单");
        await enterprise.GotoAsync("/online-training/plans");
        await Assertions.Expect(enterprise.Locator(".plan-card").First).ToContainTextAsync("草稿");
        await admin.Context.CloseAsync();
        await enterprise.Context.CloseAsync();
    }
}
