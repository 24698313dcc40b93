using Microsoft.Extensions.DependencyInjection;

namespace TrainingSubsidy.Core.Claims;

public static class ClaimsServiceCollectionExtensions
{
    /// <summary>Registers subsidy claims, public notice, payout batches and the ledgers.</summary>
    public static IServiceCollection AddClaimsAndPayouts(this IServiceCollection services)
    {
        services.AddSingleton<ClaimService>();
        services.AddSingleton<ClaimReviewService>();
        services.AddSingleton<ClaimReviewDetailService>();
        services.AddSingleton<TrainingLedgerService>();
        services.AddSingleton<Payouts.PublicNoticeService>();
        services.AddSingleton<Payouts.PayoutBatchService>();
        services.AddSingleton<Payouts.PayoutLedgerService>();
        return services;
    }
}
