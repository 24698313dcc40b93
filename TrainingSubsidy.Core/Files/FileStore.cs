using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Files;

/// <summary>
/// Stores uploads outside the web root: checks the content's first bytes against the allowed kinds, enforces the
/// size limit while copying, names the file randomly, and computes its SHA-256.
/// </summary>
public sealed class FileStore(StoragePaths paths, TimeProvider timeProvider)
{
    /// <summary>
    /// Copies <paramref name="content"/> to the files folder and returns a <see cref="StoredFile"/> for the caller to
    /// add to the database, or an error when the content's kind is not allowed or it exceeds its limit.
    /// </summary>
    public Task<UploadResult> SaveAsync(
        Stream content,
        string originalName,
        UploadRule rule,
        int? enterpriseId,
        string userId,
        CancellationToken cancellationToken)
    {
        throw new NotImplementedException(
            $"{nameof(FileStore)} is not written yet: {paths.FilesDirectory} {timeProvider} {content} {originalName} {rule} {enterpriseId} {userId} {cancellationToken}");
    }

    /// <summary>Opens a stored file for reading.</summary>
    public Stream OpenRead(StoredFile file)
    {
        throw new NotImplementedException($"{nameof(FileStore)} is not written yet: {file.StoredName}");
    }
}
