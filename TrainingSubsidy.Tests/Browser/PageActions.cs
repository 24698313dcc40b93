using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

/// <summary>Steps that many browser tests share, written as a user performs them.</summary>
public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string userName, string password = BrowserFixture.DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the Blazor circuit is connected, so that clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#interactive-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
