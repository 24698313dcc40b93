using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// Whether applications are open: only after the epidemic ends, that is when the policy in force today has an
/// epidemic end date and today is after it.
/// </summary>
public sealed record ApplicationWindow(bool IsOpen, DateOnly EpidemicStart, DateOnly? EpidemicEnd, string Message)
{
    public static ApplicationWindow Evaluate(PolicyParameters? policy, DateOnly today)
    {
        if (policy is null)
        {
            return new ApplicationWindow(false, default, null, "当前没有生效的政策参数，暂不能申请以工代训补贴，请联系市人社局。");
        }

        if (policy.EpidemicEnd is not { } end)
        {
            return new ApplicationWindow(false, policy.EpidemicStart, null,
                "以工代训补贴于疫情结束后开放申请。疫情结束日期由市人社局公布，公布后次日起可以提交申请。");
        }

        if (today <= end)
        {
            return new ApplicationWindow(false, policy.EpidemicStart, end,
                $"疫情结束日期为{end:yyyy-MM-dd}，以工代训补贴自{end.AddDays(1):yyyy-MM-dd}起开放申请。");
        }

        return new ApplicationWindow(true, policy.EpidemicStart, end,
            $"以工代训补贴已开放申请。可申请的月份为疫情防控期间（{policy.EpidemicStart:yyyy-MM-dd}至{end:yyyy-MM-dd}）内的月份。");
    }

    /// <summary>Throws a <see cref="DomainException"/> with <see cref="Message"/> unless applications are open.</summary>
    public void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException(Message);
        }
    }
}

/// <summary>Role and scope checks of work-in-lieu-of-training.</summary>
public static class WorkBasedAccess
{
    /// <summary>Throws unless the user is the enterprise that owns the application.</summary>
    public static void EnsureOwner(UserScope scope, WorkBasedTrainingApplication application)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.EnterpriseUser);
        if (scope.EnterpriseId != application.EnterpriseId)
        {
            throw new AccessDeniedException("您无权查看或操作其他企业的以工代训申请。");
        }
    }

    /// <summary>True when the user may read the application: its enterprise, or district staff of its district.</summary>
    public static bool CanRead(UserScope scope, WorkBasedTrainingApplication application)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(application);
        return scope.Role switch
        {
            Roles.EnterpriseUser => scope.EnterpriseId == application.EnterpriseId,
            Roles.DistrictReviewer or Roles.DistrictFinance => scope.DistrictCode == application.DistrictCode,
            _ => false,
        };
    }

    /// <summary>Throws unless the user is a district reviewer of the application's district.</summary>
    public static void EnsureReviewer(UserScope scope, WorkBasedTrainingApplication application)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer);
        if (scope.DistrictCode != application.DistrictCode)
        {
            throw new AccessDeniedException("只有申请企业所在区的审核人员可以审核该申请。");
        }
    }
}
