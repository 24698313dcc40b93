namespace TrainingSubsidy.Web.Infrastructure;

internal static class CommandLine
{
    /// <summary>
    /// Runs a maintenance command named by the first argument instead of the web server. Returns true when a
    /// command ran; the process exit code is set from its result.
    /// </summary>
    public static Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return Task.FromResult(false);
        }

        Console.Error.WriteLine($"Unknown command '{args[0]}'. Run without arguments to start the web server.");
        Environment.ExitCode = 2;
        return Task.FromResult(true);
    }
}
