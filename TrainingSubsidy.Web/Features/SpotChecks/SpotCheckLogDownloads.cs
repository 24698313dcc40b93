using System.Globalization;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;

namespace TrainingSubsidy.Web.Features.SpotChecks;

/// <summary>Excel downloads of the spot-check log, for one plan or for the reviewer's whole district.</summary>
internal static class SpotCheckLogDownloads
{
    public const string DistrictPath = "/downloads/spot-checks/district.xlsx";

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string PlanPath(int planId) => $"/downloads/spot-checks/plans/{planId}.xlsx";

    public static void MapSpotCheckLogDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/downloads/spot-checks")
            .RequireAuthorization(policy => policy.RequireRole(Roles.DistrictReviewer));

        group.MapGet("/plans/{planId:int}.xlsx", (int planId, HttpContext http, SpotCheckLogExport export,
                AuditTrail auditTrail, CancellationToken cancellationToken) =>
            ServeAsync(http, auditTrail, "TrainingPlan", planId.ToString(CultureInfo.InvariantCulture),
                scope => export.ForPlanAsync(scope, planId, cancellationToken)));

        group.MapGet("/district.xlsx", (HttpContext http, SpotCheckLogExport export, AuditTrail auditTrail,
                CancellationToken cancellationToken) =>
            ServeAsync(http, auditTrail, "District", null, scope => export.ForDistrictAsync(scope, cancellationToken)));
    }

    private static async Task<IResult> ServeAsync(HttpContext http, AuditTrail auditTrail, string itemType,
        string? itemId, Func<UserScope, Task<SpotCheckLogFile>> build)
    {
        var scope = UserScope.FromPrincipal(http.User);
        if (scope is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        SpotCheckLogFile file;
        try
        {
            file = await build(scope);
        }
        catch (AccessDeniedException exception)
        {
            // The same 404 response for a missing plan and for another district's plan, so plan ids cannot be probed.
            return Results.Text(exception.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        await auditTrail.RecordAsync(
            AuditRecord.For(scope, AuditActions.DocumentDownloaded, itemType, itemId ?? scope.DistrictCode, file.FileName),
            CancellationToken.None);
        return Results.File(file.Content, XlsxType, file.FileName);
    }
}
