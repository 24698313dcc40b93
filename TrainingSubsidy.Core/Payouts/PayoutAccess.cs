using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>Who may work with payout batches and their ledgers.</summary>
public static class PayoutAccess
{
    /// <summary>
    /// True when the user may download a batch's ledger: finance staff and reviewers of the batch's district, and the
    /// city administrator. Enterprise users never may.
    /// </summary>
    public static bool CanDownloadLedger(UserScope scope, string batchDistrictCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            Roles.DistrictFinance or Roles.DistrictReviewer => scope.DistrictCode == batchDistrictCode,
            Roles.CityAdmin => true,
            _ => false,
        };
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the user is finance staff of the district.</summary>
    public static void EnsureFinance(UserScope scope, string districtCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Role != Roles.DistrictFinance || scope.DistrictCode != districtCode)
        {
            throw new AccessDeniedException("只有本区的财务拨付人员可以编制拨付批次和登记拨付结果。");
        }
    }

    /// <summary>Throws <see cref="DomainException"/> when the finance user approved the award as a reviewer.</summary>
    public static void EnsureNotOwnApproval(UserScope scope, Award award)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(award);
        if (award.ReviewerUserId == scope.UserId)
        {
            throw new DomainException($"补贴{award.SourceNumber}由您本人审核通过，按审核与拨付分离的要求，您不能拨付。请由其他财务人员办理。");
        }
    }
}
