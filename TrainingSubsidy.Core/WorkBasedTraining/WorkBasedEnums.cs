namespace TrainingSubsidy.Core.WorkBasedTraining;

public enum WorkBasedApplicationStatus
{
    /// <summary>草稿: the enterprise is still filling it in.</summary>
    Draft = 1,

    /// <summary>待审核: submitted and waiting for the district.</summary>
    Submitted = 2,

    /// <summary>退回修改: the district sent it back; the enterprise may edit and submit again.</summary>
    Returned = 3,

    /// <summary>审核通过, in whole or for some worker-months.</summary>
    Approved = 4,

    /// <summary>审核不通过; final.</summary>
    Rejected = 5,
}

/// <summary>How the worker came to the skill post.</summary>
public enum WorkerKind
{
    /// <summary>新入职</summary>
    NewHire = 1,

    /// <summary>转岗</summary>
    Transfer = 2,
}

public static class WorkBasedEnumText
{
    public static string ToChinese(this WorkBasedApplicationStatus status) => status switch
    {
        WorkBasedApplicationStatus.Draft => "草稿",
        WorkBasedApplicationStatus.Submitted => "待审核",
        WorkBasedApplicationStatus.Returned => "退回修改",
        WorkBasedApplicationStatus.Approved => "审核通过",
        WorkBasedApplicationStatus.Rejected => "审核不通过",
        _ => status.ToString(),
    };

    public static string ToChinese(this WorkerKind kind) => kind switch
    {
        WorkerKind.NewHire => "新入职",
        WorkerKind.Transfer => "转岗",
        _ => kind.ToString(),
    };

    /// <summary>Returns the Chinese name of a work-based document, with the month for payroll proof.</summary>
    public static string DocumentLabel(Files.FilePurpose purpose, string? claimMonth) => purpose switch
    {
        Files.FilePurpose.BusinessLicence => "营业执照",
        Files.FilePurpose.LegalRepresentativeIdCopy => "法定代表人身份证复印件",
        Files.FilePurpose.SignedApplicationForm => "签字盖章的申请表",
        Files.FilePurpose.PayrollProof => $"{claimMonth}工资发放佐证",
        _ => purpose.ToString(),
    };

    /// <summary>Parses 新入职 or 转岗 as typed in the form or the template; returns null for anything else.</summary>
    public static WorkerKind? ParseWorkerKind(string? text) => text?.Trim() switch
    {
        "新入职" => WorkerKind.NewHire,
        "转岗" => WorkerKind.Transfer,
        _ => null,
    };
}
