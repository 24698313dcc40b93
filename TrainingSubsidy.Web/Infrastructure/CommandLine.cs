using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Web.Infrastructure;

internal static class CommandLine
{
    public const string VerifyAudit = "verify-audit";

    /// <summary>
    /// Runs a maintenance command named by the first argument instead of the web server. Returns true when a
    /// command ran; the process exit code is set from its result (0 success, 1 check failed, 2 usage error).
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        if (args[0] != VerifyAudit)
        {
            await Console.Error.WriteLineAsync(
                $"Unknown command '{args[0]}'. Commands: {VerifyAudit}. Run without arguments to start the web server.");
            Environment.ExitCode = 2;
            return true;
        }

        Environment.ExitCode = await VerifyAuditAsync(app.Services);
        return true;
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        var paths = services.GetRequiredService<StoragePaths>();
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await Console.Error.WriteLineAsync(
                    $"The database in {paths.DataDirectory} is missing or not migrated; start the application once first.");
                return 2;
            }
        }

        var result = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync();
        if (result.IsIntact)
        {
            Console.WriteLine($"Audit log intact: {result.EntriesChecked} entries verified.");
        }
        else
        {
            var at = result.BrokenSequenceNumber is { } sequence ? $"entry {sequence}" : "an unknown entry";
            Console.WriteLine($"Audit log BROKEN at {at} after {result.EntriesChecked} intact entries.");
        }

        Console.WriteLine(result.Message);
        return result.IsIntact ? 0 : 1;
    }
}
