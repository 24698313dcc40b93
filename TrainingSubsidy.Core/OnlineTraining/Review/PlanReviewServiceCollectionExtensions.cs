using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

public static class PlanReviewServiceCollectionExtensions
{
    /// <summary>
    /// Registers the district's plan review services. The shared helpers they use are added only when not yet
    /// registered, so the enterprise side may register them too.
    /// </summary>
    public static IServiceCollection AddPlanReview(this IServiceCollection services)
    {
        services.TryAddSingleton<RosterPreCheck>();
        services.TryAddSingleton<PlatformPasswordProtector>();
        services.TryAddSingleton<FileDownloadAccess>();
        services.TryAddSingleton<PlanHistoryService>();
        services.AddSingleton<PlanReviewQueueService>();
        services.AddSingleton<PlanReviewDetailService>();
        services.AddSingleton<PlanDecisionService>();
        services.AddSingleton<PlanRevealService>();
        return services;
    }
}
