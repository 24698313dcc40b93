using Microsoft.Playwright;

namespace TrainingSubsidy.Tests.Browser;

/// <summary>
/// One web application and one headless Chromium shared by the browser tests of a collection. Chromium comes from
/// the operating system (/usr/bin/chromium, Debian's package). Without it the tests are skipped, but they fail
/// when the environment variable TS_REQUIRE_BROWSER=1 is set, as CI sets it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Tianjin2020!";

    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public static string? MissingBrowserReason =>
        File.Exists(ChromiumPath) ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).";

    public async ValueTask InitializeAsync()
    {
        if (MissingBrowserReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable("TS_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(reason);
            }

            return;
        }

        Server = await AppServer.StartAsync();
        _playwright = await Playwright.CreateAsync();

        // Assertions wait up to 15 seconds: a loaded two-core CI machine can take several seconds per round trip.
        Assertions.SetDefaultExpectTimeout(15000);
        Browser = await LaunchAsync(_playwright);
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });

    /// <summary>Skips the calling test when Chromium is missing and CI did not require it.</summary>
    public static void SkipWithoutBrowser() => Assert.SkipWhen(
        MissingBrowserReason is not null && Environment.GetEnvironmentVariable("TS_REQUIRE_BROWSER") != "1",
        MissingBrowserReason ?? string.Empty);

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(45000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
            Server.DeleteData();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
