namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Column headers and fixed values of the learning-record sheet (职工学习记录表).</summary>
public static class LearningColumns
{
    public const string SheetName = "职工学习记录表";
    public const string Name = "姓名";
    public const string IdNumber = "身份证号";
    public const string Course = "课程名称";
    public const string StartedAt = "学习开始时间";
    public const string EndedAt = "学习结束时间";
    public const string Hours = "学时";
    public const string Status = "完成状态";
    public const string PlatformAccount = "平台学员账号";

    public const string Completed = "已完成";
    public const string NotCompleted = "未完成";

    /// <summary>Headers an imported sheet must have; the platform account column is optional.</summary>
    public static readonly IReadOnlyList<string> Required = [Name, IdNumber, Course, StartedAt, EndedAt, Hours, Status];

    public static readonly IReadOnlyList<string> All = [.. Required, PlatformAccount];

    public static readonly IReadOnlyList<string> StatusChoices = [Completed, NotCompleted];
}
