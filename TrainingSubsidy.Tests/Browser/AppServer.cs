using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TrainingSubsidy.Tests.Browser;

/// <summary>
/// Runs the built web application as a child process on a free 127.0.0.1 port, in Development with its own data
/// folder, and stops it on dispose. The data folder can be kept to start a second server on the same data.
/// </summary>
public sealed partial class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private AppServer(string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        DataDirectory = dataDirectory;
        var webProject = Path.Combine(SolutionDirectory, "TrainingSubsidy.Web");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = webProject,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(WebAssemblyPath);
        startInfo.ArgumentList.Add("--urls=http://127.0.0.1:0");
        startInfo.ArgumentList.Add($"--contentRoot={webProject}");
        startInfo.ArgumentList.Add($"--Storage:DataDirectory={dataDirectory}");

        // Browser tests start from the demo accounts only, not from the demo story.
        if (!settings.ContainsKey("Demo:SeedStory"))
        {
            startInfo.ArgumentList.Add("--Demo:SeedStory=false");
        }

        foreach (var (key, value) in settings)
        {
            startInfo.ArgumentList.Add($"--{key}={value}");
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";
        _process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        _process.Exited += (_, _) => _address.TrySetException(
            new InvalidOperationException($"The web application exited early:\n{Output}"));
    }

    public string DataDirectory { get; }

    public string BaseAddress { get; private set; } = string.Empty;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static string SolutionDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrainingSubsidy.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("TrainingSubsidy.sln was not found.");
        }
    }

    /// <summary>The web application's build output for the configuration the tests were built in.</summary>
    public static string WebAssemblyPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(SolutionDirectory, "TrainingSubsidy.Web", "bin", configuration, "net10.0",
                "TrainingSubsidy.Web.dll");
        }
    }

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "ts-browser", Guid.NewGuid().ToString("N"));

    public static async Task<AppServer> StartAsync(
        string? dataDirectory = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new AppServer(dataDirectory ?? NewDataDirectory(), settings ?? new Dictionary<string, string>());
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server.BaseAddress = await server._address.Task.WaitAsync(TimeSpan.FromSeconds(90));
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The web application did not become healthy:\n{Output}");
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        var match = ListeningPattern().Match(line);
        if (match.Success)
        {
            _address.TrySetResult(match.Groups[1].Value);
        }
    }

    /// <summary>Stops the server; the data folder stays until <see cref="DeleteData"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public void DeleteData()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temp cleanup.
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningPattern();
}
