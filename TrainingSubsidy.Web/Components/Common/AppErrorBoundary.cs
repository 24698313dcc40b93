using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TrainingSubsidy.Web.Infrastructure;

namespace TrainingSubsidy.Web.Components.Common;

/// <summary>
/// Catches an exception in the page below it, logs it with a short error id, and shows that id to the user so
/// that support can find the log entry. The circuit stays alive.
/// </summary>
public sealed class AppErrorBoundary : ErrorBoundary
{
    [Inject]
    private ILogger<AppErrorBoundary> Logger { get; set; } = default!;

    public string? ErrorId { get; private set; }

    protected override Task OnErrorAsync(Exception exception)
    {
        ErrorId = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        WebLog.ComponentError(Logger, ErrorId, exception);
        return Task.CompletedTask;
    }

    public void Reset()
    {
        ErrorId = null;
        Recover();
    }
}
