using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>
/// Who may see a plan's training delivery (template, learning records, evidence): users of the plan's own
/// enterprise, and reviewers and finance staff of the plan's district. City administrators are not included,
/// because they supervise through statistics rather than individual trainees.
/// </summary>
public static class LearningAccess
{
    /// <summary>
    /// Returns NotFound when no plan has the requested id (<paramref name="planEnterpriseId"/> is null), Forbidden
    /// when the user is outside the plan's enterprise and district, and Allowed otherwise.
    /// </summary>
    public static PlanAccessDecision Decide(UserScope? scope, int? planEnterpriseId, string? planDistrictCode)
    {
        if (planEnterpriseId is null || planDistrictCode is null)
        {
            return PlanAccessDecision.NotFound;
        }

        if (scope is null)
        {
            return PlanAccessDecision.Forbidden;
        }

        var allowed = scope.Role switch
        {
            Roles.EnterpriseUser => scope.EnterpriseId == planEnterpriseId,
            Roles.DistrictReviewer or Roles.DistrictFinance => scope.DistrictCode == planDistrictCode,
            _ => false,
        };
        return allowed ? PlanAccessDecision.Allowed : PlanAccessDecision.Forbidden;
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <see cref="Decide"/> allows the user.</summary>
    public static void EnsureCanRead(UserScope scope, TrainingPlan plan)
    {
        if (Decide(scope, plan.EnterpriseId, plan.DistrictCode) != PlanAccessDecision.Allowed)
        {
            throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);
        }
    }

    /// <summary>Throws unless the user is an enterprise user of the plan's own enterprise.</summary>
    public static void EnsureOwnEnterprise(UserScope scope, TrainingPlan plan)
    {
        if (scope.Role != Roles.EnterpriseUser || scope.EnterpriseId != plan.EnterpriseId)
        {
            throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);
        }
    }

    /// <summary>Throws unless the user is a reviewer of the plan's district.</summary>
    public static void EnsureDistrictReviewer(UserScope scope, TrainingPlan plan)
    {
        if (scope.Role != Roles.DistrictReviewer || scope.DistrictCode != plan.DistrictCode)
        {
            throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);
        }
    }
}
