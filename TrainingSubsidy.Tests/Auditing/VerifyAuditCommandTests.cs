using System.Diagnostics;
using TrainingSubsidy.Tests.Browser;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Auditing;

public sealed class VerifyAuditCommandTests
{
    [Fact]
    public async Task CommandExitsZeroWhenIntact()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AuditChainTests.AppendAsync(database, 3);

        var (exitCode, output) = await RunAsync(database.Directory);

        Assert.Equal(0, exitCode);
        Assert.Contains("3 entries verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandExitsNonZeroWhenEdited()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AuditChainTests.AppendAsync(database, 3);
        await AuditChainTests.ExecuteAsync(database, "UPDATE AuditEntries SET UserName = 'someone' WHERE SequenceNumber = 2");

        var (exitCode, output) = await RunAsync(database.Directory);

        Assert.Equal(1, exitCode);
        Assert.Contains("BROKEN at entry 2", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string dataDirectory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var webProject = Path.Combine(AppServer.SolutionDirectory, "TrainingSubsidy.Web");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = webProject,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(AppServer.WebAssemblyPath);
        startInfo.ArgumentList.Add("verify-audit");
        startInfo.ArgumentList.Add($"--contentRoot={webProject}");
        startInfo.ArgumentList.Add($"--Storage:DataDirectory={dataDirectory}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output + error);
    }
}
