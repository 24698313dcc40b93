using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed partial class UserAdministrationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task DisabledUserIsCutOffMidSession()
    {
        BrowserFixture.SkipWithoutBrowser();
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        await admin.GotoAsync("/admin/users");
        await admin.WaitForInteractiveAsync();

        await admin.FillAsync("#new-user-name", "reviewer.temp");
        await admin.FillAsync("#new-display-name", "临时审核员");
        await admin.Locator("#new-district").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "河西区" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        await admin.ClickAsync("#create-user");
        var issued = await admin.Locator("#issued-password strong").TextContentAsync();
        Assert.False(string.IsNullOrEmpty(issued));

        var reviewer = await fixture.NewPageAsync();
        await reviewer.SignInAsync("reviewer.temp", issued);
        await Assertions.Expect(reviewer.Locator("#nav-menu")).ToContainTextAsync("培训计划审核");

        await admin.ClickAsync("#disable-reviewer\\.temp");
        await Assertions.Expect(admin.Locator("#user-table")).ToContainTextAsync("已停用");

        // The reviewer's open page is still showing; its next action must not reach the server's pages.
        await reviewer.Locator("#nav-menu").GetByText("培训计划审核").ClickAsync();
        await reviewer.WaitForURLAsync(LoginPattern());
        await Assertions.Expect(reviewer.Locator(".account-message-error")).ToContainTextAsync("已停用");

        await reviewer.GotoAsync("/review/plans");
        await reviewer.WaitForURLAsync(LoginPattern());
        await admin.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPattern();
}
