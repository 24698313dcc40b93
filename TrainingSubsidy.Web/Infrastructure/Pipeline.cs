using TrainingSubsidy.Web.Features.Statistics;
using TrainingSubsidy.Web.Components;
using TrainingSubsidy.Web.Components.Account;
using TrainingSubsidy.Web.Features.Files;
using TrainingSubsidy.Web.Features.OnlineTraining;
using TrainingSubsidy.Web.Features.Payouts;
using TrainingSubsidy.Web.Features.Learning;
using TrainingSubsidy.Web.Features.SpotChecks;
using TrainingSubsidy.Web.Features.WorkBasedTraining;

namespace TrainingSubsidy.Web.Infrastructure;

internal static class Pipeline
{
    public static void UseTrainingSubsidyPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseRequestLocalization("zh-CN");
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapAccountEndpoints();
        app.MapFileDownloadEndpoints();
        app.MapTrainingPlanDownloads();
        app.MapPayoutLedgerEndpoints();
        app.MapLearningDownloads();
        app.MapSpotCheckLogDownloads();
        app.MapWorkBasedDownloads();
        app.MapStatisticsDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
