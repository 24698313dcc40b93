using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Files;

/// <summary>
/// Stores uploads outside the web root: checks the content's first bytes against the allowed kinds, enforces the
/// size limit while copying, names the file randomly, and computes its SHA-256.
/// </summary>
public sealed partial class FileStore
{
    private const int CopyBufferSize = 81920;

    private readonly StoragePaths _paths;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FileStore> _logger;

    public FileStore(StoragePaths paths, TimeProvider timeProvider)
        : this(paths, timeProvider, NullLogger<FileStore>.Instance)
    {
    }

    public FileStore(StoragePaths paths, TimeProvider timeProvider, ILogger<FileStore> logger)
    {
        _paths = paths;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Copies <paramref name="content"/> to the files folder and returns a <see cref="StoredFile"/> for the caller to
    /// add to the database, or an error when the content's kind is not allowed or it exceeds its limit.
    /// </summary>
    /// <remarks>
    /// The stream is read once and never asked for its length. A rejected, failed or canceled upload leaves no file
    /// behind. Cancellation raises <see cref="OperationCanceledException"/>.
    /// </remarks>
    public async Task<UploadResult> SaveAsync(
        Stream content,
        string originalName,
        UploadRule rule,
        int? enterpriseId,
        string userId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        var name = FileNameSanitizer.Sanitize(originalName);
        var nameError = CheckName(name, rule);
        if (nameError is not null)
        {
            FileStoreLog.Rejected(_logger, rule.Purpose, "file name or extension");
            return UploadResult.Failure(nameError);
        }

        Directory.CreateDirectory(_paths.FilesDirectory);
        var tempPath = Path.Combine(_paths.FilesDirectory, "upload-" + NewRandomName() + ".tmp");
        try
        {
            var copy = await CopyToTempAsync(content, tempPath, name, rule, cancellationToken).ConfigureAwait(false);
            if (copy.Error is not null)
            {
                FileStoreLog.Rejected(_logger, rule.Purpose, copy.LogReason);
                return UploadResult.Failure(copy.Error);
            }

            var kind = copy.Kind!.Value;
            var storedName = NewRandomName() + kind.StoredExtension();
            File.Move(tempPath, Path.Combine(_paths.FilesDirectory, storedName), overwrite: false);

            var stored = new StoredFile(
                storedName,
                name,
                kind,
                rule.Purpose,
                copy.Length,
                copy.Sha256,
                enterpriseId,
                userId,
                _timeProvider.GetUtcNow());
            FileStoreLog.Stored(_logger, storedName, rule.Purpose, copy.Length, enterpriseId);
            return UploadResult.Success(stored);
        }
        finally
        {
            // After a successful move the temp path no longer exists, so this only removes partial files.
            DeleteQuietly(tempPath);
        }
    }

    /// <summary>Opens a stored file for reading.</summary>
    /// <exception cref="InvalidOperationException">
    /// The record's stored name is not one this store generates.
    /// </exception>
    /// <exception cref="FileNotFoundException">The file is missing from the files folder.</exception>
    public Stream OpenRead(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // The name comes from the database, so it is checked again before it becomes part of a path.
        if (!StoredNamePattern().IsMatch(file.StoredName))
        {
            throw new InvalidOperationException($"Stored file {file.Id} has an invalid stored name.");
        }

        return new FileStream(
            Path.Combine(_paths.FilesDirectory, file.StoredName),
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            CopyBufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>
    /// Deletes the bytes of a file whose record could not be saved, e.g. after the database insert failed, so no
    /// unrecorded file stays behind. Files with a saved record are only marked removed and keep their bytes.
    /// </summary>
    public void Discard(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Id != 0)
        {
            throw new InvalidOperationException(
                $"Stored file {file.Id} has a database record; mark it removed instead of discarding its bytes.");
        }

        if (!StoredNamePattern().IsMatch(file.StoredName))
        {
            throw new InvalidOperationException("The stored name is not one this store generates.");
        }

        DeleteQuietly(Path.Combine(_paths.FilesDirectory, file.StoredName));
        FileStoreLog.Discarded(_logger, file.StoredName);
    }

    private static string? CheckName(string name, UploadRule rule)
    {
        if (name.Length == 0)
        {
            return UploadMessages.NameMissing;
        }

        var claimedKind = FileKinds.FromExtension(Path.GetExtension(name));
        return claimedKind is null || !rule.Allows(claimedKind.Value)
            ? UploadMessages.KindNotAllowed(name, rule)
            : null;
    }

    private static async Task<CopyOutcome> CopyToTempAsync(
        Stream content,
        string tempPath,
        string name,
        UploadRule rule,
        CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            await using var target = new FileStream(
                tempPath,
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None,
                CopyBufferSize,
                FileOptions.Asynchronous);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

            var header = buffer.AsMemory(0, FileKinds.SignatureLength);
            var headerLength = await FillAsync(content, header, cancellationToken).ConfigureAwait(false);
            if (headerLength == 0)
            {
                return CopyOutcome.Rejected(UploadMessages.Empty(name), "empty");
            }

            var kind = FileKinds.Detect(buffer.AsSpan(0, headerLength));
            var kindError = CheckKind(kind, name, rule);
            if (kindError is not null)
            {
                return CopyOutcome.Rejected(kindError, "content does not match the name or rule");
            }

            var maxBytes = rule.MaxBytesFor(kind!.Value)!.Value;
            long length = 0;
            var read = headerLength;
            while (read > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return CopyOutcome.Rejected(UploadMessages.TooLarge(name, kind, maxBytes), "too large");
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                read = await content.ReadAsync(buffer.AsMemory(0, CopyBufferSize), cancellationToken)
                    .ConfigureAwait(false);
            }

            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return new CopyOutcome(kind, length, sha256, null, string.Empty);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Compares the detected kind with the rule and with the kind the extension claims.</summary>
    private static string? CheckKind(FileKind? detected, string name, UploadRule rule)
    {
        if (detected is null)
        {
            return UploadMessages.UnknownContent(name, rule);
        }

        if (!rule.Allows(detected.Value))
        {
            return UploadMessages.KindNotAllowed(name, rule);
        }

        var claimed = FileKinds.FromExtension(Path.GetExtension(name));
        return claimed == detected ? null : UploadMessages.ExtensionMismatch(name, detected.Value);
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the bytes read.</summary>
    private static async Task<int> FillAsync(Stream content, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await content.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            FileStoreLog.FileNotDeleted(_logger, Path.GetFileName(path), exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            FileStoreLog.FileNotDeleted(_logger, Path.GetFileName(path), exception);
        }
    }

    /// <summary>32 lower-case hexadecimal characters from a cryptographic random source.</summary>
    private static string NewRandomName() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|pdf|mp4)$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredNamePattern();

    private sealed record CopyOutcome(FileKind? Kind, long Length, string Sha256, string? Error, string LogReason)
    {
        public static CopyOutcome Rejected(string error, string logReason) =>
            new(null, 0, string.Empty, error, logReason);
    }
}
