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

/// <summary>Form steps on MudBlazor inputs, found by their visible labels.</summary>
public static class FormActions
{
    /// <summary>Types into a text field and leaves it, so that the field's change event reaches the server.</summary>
    public static async Task FillFieldAsync(this IPage page, string label, string value)
    {
        var input = page.GetByLabel(label, new() { Exact = true }).First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    /// <summary>Opens a MudSelect by its label and picks an option by its text.</summary>
    public static async Task ChooseOptionAsync(this IPage page, string label, string option, int index = 0)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).Nth(index).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
    }

    /// <summary>Confirms the open message box with its confirming button.</summary>
    public static Task ConfirmDialogAsync(this IPage page, string buttonText) =>
        page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = buttonText }).ClickAsync();
}
