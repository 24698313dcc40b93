using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Web.Features.OnlineTraining;

/// <summary>File downloads of the online-training application, served as plain GET requests.</summary>
internal static class TrainingPlanDownloads
{
    public const string TraineeTemplatePath = "/downloads/training-plans/trainee-template.xlsx";

    public static string CommitmentLetterPath(int planId) => $"/downloads/training-plans/{planId}/commitment-letter.pdf";

    public static void MapTrainingPlanDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/downloads/training-plans").RequireAuthorization();

        group.MapGet("/{planId:int}/commitment-letter.pdf", async (
            int planId,
            HttpContext http,
            CommitmentLetterService letters,
            TrainingSubsidy.Core.Auditing.AuditTrail audit,
            ILoggerFactory loggerFactory,
            CancellationToken cancellationToken) =>
        {
            var scope = UserScope.FromPrincipal(http.User);
            var download = await letters.GetAsync(scope, planId, cancellationToken);
            var logger = loggerFactory.CreateLogger(typeof(TrainingPlanDownloads));
            switch (download.Decision)
            {
                case PlanAccessDecision.NotFound:
                    return Results.Text("培训计划不存在，请从“培训计划”列表重新进入。", "text/plain; charset=utf-8",
                        statusCode: StatusCodes.Status404NotFound);
                case PlanAccessDecision.Forbidden:
                    DownloadLog.LetterDenied(logger, planId, scope?.UserId ?? "anonymous");
                    return Results.Text("您无权下载该培训计划的承诺书。", "text/plain; charset=utf-8",
                        statusCode: StatusCodes.Status403Forbidden);
            }

            if (download.Pdf is null)
            {
                return Results.Text(download.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
            }

            DownloadLog.LetterDownloaded(logger, planId, scope!.UserId);
            await audit.RecordAsync(TrainingSubsidy.Core.Auditing.AuditRecord.For(scope,
                TrainingSubsidy.Core.Auditing.AuditActions.DocumentDownloaded, "training-plan",
                planId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"承诺书 {download.PlanNumber}"),
                cancellationToken);
            return Results.File(download.Pdf, "application/pdf", $"承诺书-{download.PlanNumber}.pdf");
        });

        group.MapGet("/trainee-template.xlsx", () => Results.File(
                TraineeTemplate.Build(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TraineeTemplate.FileName))
            .RequireAuthorization(policy => policy.RequireRole(Roles.EnterpriseUser));
    }
}

internal static partial class DownloadLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "User {UserId} downloaded the commitment letter of training plan {PlanId}")]
    public static partial void LetterDownloaded(ILogger logger, int planId, string userId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "User {UserId} was refused the commitment letter of training plan {PlanId}")]
    public static partial void LetterDenied(ILogger logger, int planId, string userId);
}
