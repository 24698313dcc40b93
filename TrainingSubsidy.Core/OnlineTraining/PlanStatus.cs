namespace TrainingSubsidy.Core.OnlineTraining;

public enum PlanStatus
{
    /// <summary>草稿: the enterprise is still filling the plan.</summary>
    Draft = 0,

    /// <summary>待审核: submitted to the district.</summary>
    Submitted = 1,

    /// <summary>退回修改: the district returned it; the enterprise may edit and resubmit.</summary>
    Returned = 2,

    /// <summary>已通过: approved; training may start.</summary>
    Approved = 3,

    /// <summary>未通过: rejected; final.</summary>
    Rejected = 4,
}

public static class PlanStatusNames
{
    public static string ToChinese(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "草稿",
        PlanStatus.Submitted => "待审核",
        PlanStatus.Returned => "退回修改",
        PlanStatus.Approved => "已通过",
        PlanStatus.Rejected => "未通过",
        _ => status.ToString(),
    };
}
