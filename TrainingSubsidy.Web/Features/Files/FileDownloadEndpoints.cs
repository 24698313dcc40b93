using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Web.Features.Files;

/// <summary>
/// Serves stored uploads at <c>GET /downloads/files/{fileId}</c> to signed-in users whom
/// <see cref="FileDownloadAccess"/> allows: 404 when the file is missing or removed, 403 when it belongs to
/// someone else.
/// </summary>
internal static class FileDownloadEndpoints
{
    public static IServiceCollection AddFileDownloads(this IServiceCollection services)
    {
        services.TryAddSingleton<FileStore>();
        services.TryAddSingleton<FileDownloadAccess>();
        return services;
    }

    public static void MapFileDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/files/{fileId:int}", DownloadAsync).RequireAuthorization();
    }

    private static async Task<IResult> DownloadAsync(
        int fileId,
        HttpContext context,
        [FromServices] FileDownloadAccess access,
        [FromServices] FileStore store,
        [FromServices] AuditTrail audit,
        [FromServices] ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger("TrainingSubsidy.Web.Files");
        var scope = UserScope.FromPrincipal(context.User);
        if (scope is null)
        {
            return Forbidden();
        }

        var (outcome, file) = await access.FindAsync(scope, fileId, cancellationToken);
        if (outcome == FileDownloadOutcome.NotFound)
        {
            return Results.NotFound();
        }

        if (outcome == FileDownloadOutcome.Forbidden || file is null)
        {
            FileLog.DownloadDenied(logger, scope.UserName, fileId);
            return Forbidden();
        }

        Stream content;
        try
        {
            content = store.OpenRead(file);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            FileLog.ContentMissing(logger, fileId, exception);
            return Results.NotFound();
        }

        FileLog.Downloaded(logger, scope.UserName, fileId);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.DocumentDownloaded, "file",
            fileId.ToString(System.Globalization.CultureInfo.InvariantCulture), file.OriginalName), cancellationToken);
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, file.ContentType, file.OriginalName);
    }

    // A body keeps the status-code page from replacing the response with the "not found" page.
    private static IResult Forbidden() =>
        Results.Text("您无权下载该文件。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}

internal static partial class FileLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "User {UserName} downloaded file {FileId}")]
    public static partial void Downloaded(ILogger logger, string userName, int fileId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning,
        Message = "User {UserName} was denied the download of file {FileId}")]
    public static partial void DownloadDenied(ILogger logger, string userName, int fileId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error,
        Message = "The content of stored file {FileId} is missing from the files folder")]
    public static partial void ContentMissing(ILogger logger, int fileId, Exception exception);
}
