using Microsoft.AspNetCore.Mvc;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;

namespace TrainingSubsidy.Web.Features.Payouts;

/// <summary>
/// Serves payout batch ledgers at <c>GET /downloads/payout-batches/{batchId}/ledger.xlsx</c> and <c>ledger.pdf</c>
/// (404 for a missing batch, 403 outside <see cref="PayoutAccess.CanDownloadLedger"/>), and the enterprise's training
/// ledger at <c>GET /downloads/enterprise/training-ledger.xlsx</c>.
/// </summary>
internal static class PayoutLedgerEndpoints
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapPayoutLedgerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/payout-batches/{batchId:int}/ledger.xlsx",
            (int batchId, HttpContext context, PayoutLedgerService ledgers, ILoggerFactory loggers,
                CancellationToken cancellationToken) =>
                ExportAsync(batchId, LedgerFormat.Excel, context, ledgers, loggers, cancellationToken))
            .RequireAuthorization();
        endpoints.MapGet("/downloads/payout-batches/{batchId:int}/ledger.pdf",
            (int batchId, HttpContext context, PayoutLedgerService ledgers, ILoggerFactory loggers,
                CancellationToken cancellationToken) =>
                ExportAsync(batchId, LedgerFormat.Pdf, context, ledgers, loggers, cancellationToken))
            .RequireAuthorization();
        endpoints.MapGet("/downloads/enterprise/training-ledger.xlsx", TrainingLedgerAsync).RequireAuthorization();
    }

    private static async Task<IResult> ExportAsync(int batchId, LedgerFormat format, HttpContext context,
        PayoutLedgerService ledgers, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("TrainingSubsidy.Web.Payouts");
        var scope = UserScope.FromPrincipal(context.User);
        if (scope is null)
        {
            return Forbidden("您无权下载拨付台账。");
        }

        try
        {
            var file = await ledgers.ExportAsync(scope, batchId, format, cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            NoStore(context);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (AccessDeniedException exception)
        {
            LedgerLog.DownloadDenied(logger, scope.UserName, batchId);
            return Forbidden(exception.Message);
        }
        catch (DomainException exception)
        {
            LedgerLog.ExportFailed(logger, scope.UserName, batchId, exception);
            return Results.Text(exception.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> TrainingLedgerAsync(HttpContext context,
        [FromServices] TrainingLedgerService ledger, [FromServices] TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var scope = UserScope.FromPrincipal(context.User);
        if (scope is not { IsEnterpriseUser: true })
        {
            return Forbidden("只有企业经办人可以下载本企业的培训台账。");
        }

        var content = await ledger.ExportAsync(scope, cancellationToken);
        NoStore(context);
        return Results.File(content, ExcelContentType, $"培训台账-{ChinaTime.Today(timeProvider):yyyyMMdd}.xlsx");
    }

    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
    }

    // A body keeps the status-code page from replacing the response with the "not found" page.
    private static IResult Forbidden(string message) =>
        Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}

internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning,
        Message = "User {UserName} was denied the ledger of payout batch {BatchId}")]
    public static partial void DownloadDenied(ILogger logger, string userName, int batchId);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning,
        Message = "User {UserName} could not export the ledger of payout batch {BatchId}")]
    public static partial void ExportFailed(ILogger logger, string userName, int batchId, Exception exception);
}
