using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class AuditBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignInsAppearInVerifiedAuditLog()
    {
        BrowserFixture.SkipWithoutBrowser();
        var failed = await fixture.NewPageAsync();
        await failed.GotoAsync("/account/login");
        await failed.FillAsync("#username", "finance.binhai");
        await failed.FillAsync("#password", "not-the-password");
        await failed.ClickAsync("#login-submit");
        await Assertions.Expect(failed.Locator(".account-message-error")).ToBeVisibleAsync();
        await failed.Context.CloseAsync();

        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin/audit");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#verify-audit");

        await Assertions.Expect(page.Locator("#verify-result")).ToContainTextAsync("审计日志完整");
        var table = page.Locator("#audit-table");
        await Assertions.Expect(table).ToContainTextAsync("登录失败");
        await Assertions.Expect(table).ToContainTextAsync("finance.binhai");
        await Assertions.Expect(table).ToContainTextAsync("校验审计日志");
        await page.Context.CloseAsync();
    }
}
