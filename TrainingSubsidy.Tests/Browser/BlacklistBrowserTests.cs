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
        await SelectEnterpriseAsync(admin, "和平信达", "天津和平信达商贸有限公司");
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

    /// <summary>
    /// Picks an enterprise in the search box. The list is re-rendered while the search settles, so a click can land
    /// on a replaced option. The pick is retried until the fields for an unregistered enterprise disappear, because
    /// that shows the server has the selection.
    /// </summary>
    private static async Task SelectEnterpriseAsync(IPage page, string search, string name)
    {
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "已注册企业（按名称或信用代码搜索）" });
        var unregisteredFields = page.GetByLabel("未注册企业的统一社会信用代码");
        for (var attempt = 1; ; attempt++)
        {
            await box.FillAsync(search);
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = name }).First.ClickAsync();
            try
            {
                await Assertions.Expect(unregisteredFields).ToHaveCountAsync(0, new() { Timeout = 5000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await box.FillAsync(string.Empty);
            }
        }
    }
}
