using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class RestartBrowserTests
{
    [Fact]
    public async Task RestartKeepsDataAndSignIn()
    {
        BrowserFixture.SkipWithoutBrowser();
        var dataDirectory = AppServer.NewDataDirectory();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(45000);

        var first = await AppServer.StartAsync(dataDirectory);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(first.BaseAddress + "/account/login");
            await page.FillAsync("#username", "admin");
            await page.FillAsync("#password", BrowserFixture.DemoPassword);
            await page.ClickAsync("#login-submit");
            await page.WaitForSelectorAsync("#nav-menu");
        }
        finally
        {
            await first.DisposeAsync();
        }

        var second = await AppServer.StartAsync(dataDirectory);
        try
        {
            // The cookie names the old port's host only by address, so it is sent to the new port as well.
            var page = await context.NewPageAsync();
            await page.GotoAsync(second.BaseAddress + "/admin/districts");

            await Assertions.Expect(page.Locator("#district-table")).ToContainTextAsync("滨海新区");
            Assert.Contains("Seeded 0 reference rows", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            await second.DisposeAsync();
            second.DeleteData();
        }
    }
}
