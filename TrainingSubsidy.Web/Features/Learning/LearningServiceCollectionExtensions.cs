using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSubsidy.Core.OnlineTraining.Evidence;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;

namespace TrainingSubsidy.Web.Features.Learning;

internal static class LearningServiceCollectionExtensions
{
    /// <summary>
    /// Registers the training-delivery services, spot-check log export included. They are singletons so that the
    /// import's and the evidence upload's per-plan locks are shared by all circuits.
    /// </summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.TryAddSingleton<LearningImportService>();
        services.TryAddSingleton<LearningTemplateService>();
        services.TryAddSingleton<LearningQueryService>();
        services.TryAddSingleton<LearningFlagService>();
        services.TryAddSingleton<EvidenceService>();
        services.TryAddSingleton<SpotCheckLogExport>();
        return services;
    }
}
