using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// Who may use plan review. District reviewers read and decide the plans of their own district; the city
/// administrator reads every district's plans but decides nothing. Other roles are denied.
/// </summary>
public static class ReviewAccess
{
    /// <summary>Throws <see cref="AccessDeniedException"/> unless the user's role may read review data at all.</summary>
    public static void EnsureCanUseReview(UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer, Roles.CityAdmin);
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the user may read this district's plans.</summary>
    public static void EnsureCanRead(UserScope scope, string planDistrictCode)
    {
        EnsureCanUseReview(scope);
        scope.EnsureCanAccessDistrict(planDistrictCode);
    }

    /// <summary>
    /// True when the user may decide the district's plans and see the personal data in them: only a district
    /// reviewer of that district.
    /// </summary>
    public static bool CanAct(UserScope scope, string planDistrictCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role == Roles.DistrictReviewer && scope.DistrictCode == planDistrictCode;
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <see cref="CanAct"/> holds.</summary>
    public static void EnsureCanAct(UserScope scope, string planDistrictCode)
    {
        if (!CanAct(scope, planDistrictCode))
        {
            throw new AccessDeniedException("只有本区的审核人员可以执行此操作。");
        }
    }
}
