using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Core.OnlineTraining;

public enum PlanAccessDecision
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>
/// Decides who may download a plan's commitment letter: the plan's own enterprise users, and district reviewers
/// and finance staff of the plan's district. City administrators and everybody else are refused.
/// </summary>
public static class CommitmentLetterAccess
{
    /// <summary>
    /// Returns NotFound when no plan has the requested id (<paramref name="planEnterpriseId"/> is null), Forbidden
    /// when the plan exists but the user is outside its enterprise or district, and Allowed otherwise.
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
}
