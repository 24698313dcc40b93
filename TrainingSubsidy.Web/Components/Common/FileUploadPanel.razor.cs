using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Web.Components.Common;

/// <summary>
/// Lets the user pick files, states the rule's limits, streams each file to <see cref="SaveAsync"/> with progress
/// and a cancel button, and shows each outcome. Needs an interactive server parent. A rejected or broken file only
/// marks its own row as failed.
/// </summary>
/// <example>
/// A page checks access and the file count, stores the file, then saves its record:
/// <code>
/// &lt;FileUploadPanel Rule="UploadRules.CommitmentLetterScan" SaveAsync="SaveScanAsync" Uploaded="OnUploaded" /&gt;
///
/// private async Task&lt;UploadResult&gt; SaveScanAsync(Stream content, string name, CancellationToken token)
/// {
///     var rule = UploadRules.CommitmentLetterScan;
///     if (rule.CheckCount(existingCount, 1) is { } countError) return UploadResult.Failure(countError);
///     var result = await FileStore.SaveAsync(content, name, rule, enterpriseId, userId, token);
///     if (result.File is { } file)
///     {
///         file.TrainingPlanId = planId;
///         try { db.Add(file); await db.SaveChangesAsync(token); }
///         catch (DbUpdateException) { FileStore.Discard(file); throw; }
///     }
///     return result;
/// }
/// </code>
/// </example>
public sealed partial class FileUploadPanel : IDisposable
{
    /// <summary>Minimum time between progress re-renders, so a fast upload does not flood the circuit.</summary>
    private const long ProgressRenderIntervalMilliseconds = 150;

    /// <summary>Upper bound handed to the picker so that our own count check, with its message, runs instead.</summary>
    private const int PickerMaxFileCount = 1000;

    private readonly List<UploadItem> _items = [];
    private long _lastProgressRender;

    [Inject]
    private ILogger<FileUploadPanel> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public UploadRule Rule { get; set; } = default!;

    [Parameter]
    public bool Multiple { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>
    /// Stores one file: receives the content, the user's file name and a token that the cancel button trips. The
    /// page's callback saves the file and its database record and checks that the user may upload here.
    /// </summary>
    [Parameter, EditorRequired]
    public Func<Stream, string, CancellationToken, Task<UploadResult>> SaveAsync { get; set; } = default!;

    /// <summary>Raised after each file is stored.</summary>
    [Parameter]
    public EventCallback<StoredFile> Uploaded { get; set; }

    /// <summary>The rows shown, newest selection last.</summary>
    public IReadOnlyList<UploadItem> Items => _items;

    public void Dispose()
    {
        foreach (var item in _items)
        {
            item.Cancel();
            item.Dispose();
        }
    }

    private async Task OnFilesChangedAsync(InputFileChangeEventArgs args)
    {
        if (Disabled || args.FileCount == 0)
        {
            return;
        }

        if (args.FileCount > Rule.MaxCount)
        {
            AddRejectedRow(string.Empty, 0, UploadMessages.TooManySelected(args.FileCount, Rule.MaxCount));
            return;
        }

        var files = args.GetMultipleFiles(args.FileCount);
        var batch = files.Select(file => (File: file, Item: new UploadItem(file.Name, file.Size))).ToList();
        _items.AddRange(batch.Select(entry => entry.Item));
        StateHasChanged();

        // One file at a time: parallel streams over one circuit would only share the same connection.
        foreach (var (file, item) in batch)
        {
            await UploadAsync(file, item);
        }
    }

    private async Task UploadAsync(IBrowserFile file, UploadItem item)
    {
        var token = item.Cancellation.Token;
        if (token.IsCancellationRequested)
        {
            MarkCanceled(item);
            return;
        }

        var precheckError = PrecheckError(file);
        if (precheckError is not null)
        {
            Fail(item, precheckError, "rejected before sending");
            return;
        }

        item.Status = UploadItemStatus.Uploading;
        StateHasChanged();

        var result = await TrySaveAsync(file, item, token);
        if (result?.File is { } stored)
        {
            item.Status = UploadItemStatus.Succeeded;
            item.StoredFile = stored;
            item.BytesSent = stored.Length;
            FileUploadLog.Stored(Logger, Rule.Purpose.ToString(), stored.StoredName, stored.Length);
            StateHasChanged();
            await Uploaded.InvokeAsync(stored);
        }
        else if (result is not null)
        {
            Fail(item, result.Error ?? UploadMessages.SaveFailed(file.Name), "rejected by the server");
        }

        StateHasChanged();
    }

    /// <summary>Returns the result of the page's callback, or null after marking the row canceled or failed.</summary>
    private async Task<UploadResult?> TrySaveAsync(IBrowserFile file, UploadItem item, CancellationToken token)
    {
        try
        {
            // The browser-reported size passed the precheck, so this only guards against a size that grows later.
            await using var browserStream = file.OpenReadStream(Rule.LargestMaxBytes, token);
            await using var progressStream = new ProgressReportingStream(
                browserStream,
                bytes => ReportProgress(item, bytes));
            return await SaveAsync(progressStream, file.Name, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            MarkCanceled(item);
        }
        catch (IOException exception)
        {
            FileUploadLog.Failed(Logger, Rule.Purpose.ToString(), exception);
            Fail(item, UploadMessages.ReadFailed(file.Name), reason: null);
        }
#pragma warning disable CA1031 // Any failure on one file must end as a message on its row, never as a dead circuit.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            FileUploadLog.Failed(Logger, Rule.Purpose.ToString(), exception);
            Fail(item, UploadMessages.SaveFailed(file.Name), reason: null);
        }

        return null;
    }

    /// <summary>Checks the name and browser-reported size before any byte is sent; the server checks again.</summary>
    private string? PrecheckError(IBrowserFile file)
    {
        var kind = FileKinds.FromExtension(Path.GetExtension(file.Name));
        if (kind is null || !Rule.Allows(kind.Value))
        {
            return UploadMessages.KindNotAllowed(file.Name, Rule);
        }

        var maxBytes = Rule.MaxBytesFor(kind.Value)!.Value;
        if (file.Size > maxBytes)
        {
            return UploadMessages.TooLarge(file.Name, kind, maxBytes);
        }

        return file.Size == 0 ? UploadMessages.Empty(file.Name) : null;
    }

    private void ReportProgress(UploadItem item, long bytes)
    {
        item.BytesSent = bytes;
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastProgressRender) < ProgressRenderIntervalMilliseconds)
        {
            return;
        }

        Interlocked.Exchange(ref _lastProgressRender, now);
        _ = InvokeAsync(StateHasChanged);
    }

    private void AddRejectedRow(string name, long size, string error)
    {
        var item = new UploadItem(name, size);
        _items.Add(item);
        Fail(item, error, "too many files selected");
    }

    /// <summary>
    /// Marks the row failed with a Chinese <paramref name="error"/>. The log gets only the English
    /// <paramref name="reason"/>, or nothing when the caller already logged, because file names may contain
    /// personal data such as ID numbers.
    /// </summary>
    private void Fail(UploadItem item, string error, string? reason)
    {
        item.Status = UploadItemStatus.Failed;
        item.Error = error;
        if (reason is not null)
        {
            FileUploadLog.Rejected(Logger, Rule.Purpose.ToString(), reason);
        }

        StateHasChanged();
    }

    private void MarkCanceled(UploadItem item)
    {
        item.Status = UploadItemStatus.Canceled;
        item.Error = UploadMessages.Canceled(item.Name);
        FileUploadLog.Canceled(Logger, Rule.Purpose.ToString());
        StateHasChanged();
    }

    private static string ShortHash(string sha256) => sha256.Length <= 12 ? sha256 : sha256[..12] + "…";
}
