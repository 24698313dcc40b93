using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class ShellBrowserTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, (string NavText, string OwnPage)> DemoRoles = new()
    {
        ["enterprise.binhai"] = ("企业信息", "/enterprise/profile"),
        ["reviewer.binhai"] = ("培训计划审核", "/review/plans"),
        ["finance.heping"] = ("拨付批次", "/payouts/batches"),
        ["admin"] = ("政策参数", "/admin/policy"),
    };

    /// <summary>Pages each role must not open by URL; the city administrator may read the review queue.</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPages = new()
    {
        ["enterprise.binhai"] = ["/review/plans", "/payouts/batches", "/admin/policy", "/oversight/blacklist"],
        ["reviewer.binhai"] = ["/enterprise/profile", "/payouts/batches", "/admin/policy", "/admin/users"],
        ["finance.heping"] = ["/enterprise/profile", "/review/plans", "/admin/policy", "/admin/audit"],
        ["admin"] = ["/enterprise/profile", "/payouts/batches", "/online-training/plans"],
    };

    [Theory]
    [InlineData("enterprise.binhai")]
    [InlineData("reviewer.binhai")]
    [InlineData("finance.heping")]
    [InlineData("admin")]
    public async Task DemoRoleSeesOwnNavigationOnly(string userName)
    {
        BrowserFixture.SkipWithoutBrowser();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(userName);

        var nav = page.Locator("#nav-menu");
        foreach (var (otherUser, (navText, _)) in DemoRoles)
        {
            if (otherUser == userName)
            {
                await Assertions.Expect(nav).ToContainTextAsync(navText);
            }
            else
            {
                await Assertions.Expect(nav).Not.ToContainTextAsync(navText);
            }
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("enterprise.binhai")]
    [InlineData("reviewer.binhai")]
    [InlineData("finance.heping")]
    [InlineData("admin")]
    public async Task OtherRolePagesRejectedByUrl(string userName)
    {
        BrowserFixture.SkipWithoutBrowser();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(userName);

        await page.GotoAsync(DemoRoles[userName].OwnPage);
        await Assertions.Expect(page.Locator("h4").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#access-denied")).ToHaveCountAsync(0);
        foreach (var forbidden in ForbiddenPages[userName])
        {
            await page.GotoAsync(forbidden);
            await Assertions.Expect(page.Locator("#access-denied")).ToBeVisibleAsync();
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnonymousUserIsSentToSignIn()
    {
        BrowserFixture.SkipWithoutBrowser();
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/admin/policy");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPasswordShowsChineseError()
    {
        BrowserFixture.SkipWithoutBrowser();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.FillAsync("#username", "reviewer.heping");
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("#login-submit");

        await Assertions.Expect(page.Locator(".account-message-error")).ToContainTextAsync("登录名或密码不正确");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EnterpriseRegistersAndSignsIn()
    {
        BrowserFixture.SkipWithoutBrowser();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.WaitForInteractiveAsync();

        await page.FillAsync("#enterprise-name", "天津浏览器测试有限公司");
        await page.FillAsync("#credit-code", "91120101MA05T7QK0Y");
        await page.Locator("#district").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "和平区" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        await page.FillAsync("#address", "天津市和平区测试道8号");
        await page.FillAsync("#contact-person", "赵六");
        await page.FillAsync("#mobile-phone", "13700001111");
        await page.FillAsync("#user-name", "browser.test");
        await page.FillAsync("#password", "Browser2020Test");
        await page.FillAsync("#confirm-password", "Browser2020Test");
        await page.ClickAsync("#register-submit");

        // The first code has a wrong check character: the page shows the error and keeps the input.
        await Assertions.Expect(page.Locator("#register-errors")).ToContainTextAsync("校验位");
        await Assertions.Expect(page.Locator("#enterprise-name")).ToHaveValueAsync("天津浏览器测试有限公司");

        await page.FillAsync("#credit-code", ValidCode());
        await page.ClickAsync("#register-submit");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Assertions.Expect(page.Locator(".account-message-success")).ToBeVisibleAsync();

        await page.SignInAsync("browser.test", "Browser2020Test");
        await page.GotoAsync("/enterprise/profile");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByLabel("企业名称", new() { Exact = true })).ToHaveValueAsync("天津浏览器测试有限公司");
        await page.Context.CloseAsync();
    }

    private static string ValidCode()
    {
        const string first17 = "91120101MA05T7QK0";
        return first17 + Core.Validation.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
