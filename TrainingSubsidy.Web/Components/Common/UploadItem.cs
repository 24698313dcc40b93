using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Web.Components.Common;

public enum UploadItemStatus
{
    Waiting,
    Uploading,
    Succeeded,
    Failed,
    Canceled,
}

/// <summary>One file the user picked in a <see cref="FileUploadPanel"/>, with its progress and outcome.</summary>
public sealed class UploadItem(string name, long reportedSize) : IDisposable
{
    public string Name { get; } = name;

    /// <summary>Size in bytes as the browser reports it. The server enforces limits on the bytes it receives.</summary>
    public long ReportedSize { get; } = reportedSize;

    public long BytesSent { get; set; }

    public UploadItemStatus Status { get; set; } = UploadItemStatus.Waiting;

    /// <summary>Chinese message shown when the upload failed or was canceled.</summary>
    public string? Error { get; set; }

    public StoredFile? StoredFile { get; set; }

    public CancellationTokenSource Cancellation { get; } = new();

    public bool IsActive => Status is UploadItemStatus.Waiting or UploadItemStatus.Uploading;

    /// <summary>Progress from 0 to 100, or 0 when the browser reported no size.</summary>
    public double Percent => ReportedSize <= 0 ? 0 : Math.Min(100, 100.0 * BytesSent / ReportedSize);

    public void Cancel()
    {
        if (IsActive)
        {
            Cancellation.Cancel();
        }
    }

    public void Dispose() => Cancellation.Dispose();
}
