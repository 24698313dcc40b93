using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSubsidy.Core.OnlineTraining.Evidence;
using TrainingSubsidy.Core.OnlineTraining.Learning;

namespace TrainingSubsidy.Web.Features.Learning;

internal static class LearningServiceCollectionExtensions
{
    /// <summary>Registers the training-delivery services; the import service is a singleton so that its per-plan lock is shared.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.TryAddSingleton<LearningImportService>();
        services.TryAddSingleton<LearningTemplateService>();
        services.TryAddSingleton<LearningQueryService>();
        services.TryAddSingleton<LearningFlagService>();
        services.TryAddSingleton<EvidenceService>();
        return services;
    }
}
