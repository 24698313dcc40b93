using System.Globalization;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;

namespace TrainingSubsidy.Web.Features.Learning;

/// <summary>Downloads of the training-delivery feature: the learning-record template and the learning summary.</summary>
internal static class LearningEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string TextType = "text/plain; charset=utf-8";

    public static void MapLearningDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/downloads/training-plans").RequireAuthorization();

        group.MapGet("/{planId:int}/learning-record-template.xlsx", async (
            int planId,
            HttpContext http,
            LearningTemplateService templates,
            AuditTrail auditTrail,
            CancellationToken cancellationToken) =>
        {
            var scope = UserScope.FromPrincipal(http.User);
            var download = await templates.GetAsync(scope, planId, cancellationToken);
            var denial = DenialFor(download.Decision);
            if (denial is not null)
            {
                return denial;
            }

            if (download.Content is null)
            {
                return Results.Text(download.Message, TextType, statusCode: StatusCodes.Status409Conflict);
            }

            await auditTrail.RecordAsync(AuditRecord.For(scope!, AuditActions.DocumentDownloaded, nameof(TrainingPlan),
                planId.ToString(CultureInfo.InvariantCulture), download.FileName), CancellationToken.None);
            return Results.File(download.Content, XlsxType, download.FileName);
        });

        group.MapGet("/{planId:int}/learning-summary.xlsx", async (
            int planId,
            HttpContext http,
            LearningQueryService queries,
            AuditTrail auditTrail,
            CancellationToken cancellationToken) =>
        {
            var scope = UserScope.FromPrincipal(http.User);
            if (scope is null)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            LearningSummary summary;
            try
            {
                summary = await queries.GetAsync(scope, planId, cancellationToken);
            }
            catch (AccessDeniedException exception)
            {
                // The same 404 response for a missing plan and for another enterprise's plan, so plan ids cannot be probed.
                return Results.Text(exception.Message, TextType, statusCode: StatusCodes.Status404NotFound);
            }

            var fileName = LearningSummaryWorkbook.FileName(summary.PlanNumber);
            await auditTrail.RecordAsync(AuditRecord.For(scope, AuditActions.DocumentDownloaded, nameof(TrainingPlan),
                planId.ToString(CultureInfo.InvariantCulture), fileName), CancellationToken.None);
            return Results.File(LearningSummaryWorkbook.Build(summary), XlsxType, fileName);
        });
    }

    private static IResult? DenialFor(PlanAccessDecision decision) => decision switch
    {
        PlanAccessDecision.NotFound => Results.Text("培训计划不存在，请从培训计划列表重新进入。", TextType,
            statusCode: StatusCodes.Status404NotFound),
        PlanAccessDecision.Forbidden => Results.Text("您无权下载该培训计划的学习记录模板。", TextType,
            statusCode: StatusCodes.Status403Forbidden),
        _ => null,
    };
}
