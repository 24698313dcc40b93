using Microsoft.AspNetCore.Mvc;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.WorkBasedTraining;

namespace TrainingSubsidy.Web.Features.WorkBasedTraining;

/// <summary>
/// Serves the application form PDF to the owning enterprise and its district's staff (403 for others, 404 for an
/// unknown application) and the blank worker template to enterprise users.
/// </summary>
internal static class WorkBasedDownloadEndpoints
{
    public static void MapWorkBasedDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/work-based-training/{applicationId:int}/application-form.pdf", FormAsync)
            .RequireAuthorization();
        endpoints.MapGet("/downloads/work-based-training/worker-template.xlsx", () => Results.File(
                WorkerTemplate.Create(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "以工代训职工名单模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.EnterpriseUser));
    }

    private static async Task<IResult> FormAsync(
        int applicationId,
        HttpContext context,
        [FromServices] ApplicationFormService forms,
        CancellationToken cancellationToken)
    {
        var scope = UserScope.FromPrincipal(context.User);
        if (scope is null)
        {
            return Forbidden();
        }

        var (outcome, pdf, fileName) = await forms.GenerateAsync(scope, applicationId, cancellationToken);
        switch (outcome)
        {
            case FileDownloadOutcome.NotFound:
                return Results.NotFound();
            case FileDownloadOutcome.Forbidden:
                return Forbidden();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(pdf!, "application/pdf", fileName);
    }

    private static IResult Forbidden() =>
        Results.Text("您无权下载该申请表。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}
