using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Statistics;

namespace TrainingSubsidy.Web.Features.Statistics;

internal static class StatisticsDownloads
{
    /// <summary>Maps <c>GET /downloads/statistics.xlsx?district=</c> for the city and for district staff (own district).</summary>
    public static void MapStatisticsDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/statistics.xlsx", async (
            string? district,
            HttpContext http,
            StatisticsService statistics,
            AuditTrail audit,
            CancellationToken cancellationToken) =>
        {
            var scope = UserScope.FromPrincipal(http.User);
            if (scope is null)
            {
                return Results.Unauthorized();
            }

            try
            {
                var rows = await statistics.GetAsync(scope, district, cancellationToken);
                await audit.RecordAsync(AuditRecord.For(scope, AuditActions.DocumentDownloaded, "statistics",
                    (scope.IsCityAdmin ? district : scope.DistrictCode) ?? "city", "统计表"), cancellationToken);
                return Results.File(StatisticsWorkbook.Write(rows),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "培训补贴统计.xlsx");
            }
            catch (AccessDeniedException exception)
            {
                return Results.Text(exception.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
    }
}
