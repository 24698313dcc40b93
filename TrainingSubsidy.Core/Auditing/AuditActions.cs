namespace TrainingSubsidy.Core.Auditing;

/// <summary>The action codes written to the audit log, with their Chinese names for the search page.</summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string SignOut = "auth.sign-out";
    public const string PasswordChanged = "auth.password-changed";
    public const string EnterpriseRegistered = "enterprise.registered";
    public const string EnterpriseProfileChanged = "enterprise.profile-changed";
    public const string PersonalDataShown = "personal-data.shown";
    public const string PlanSubmitted = "plan.submitted";
    public const string PlanDecided = "plan.decided";
    public const string DocumentDownloaded = "document.downloaded";
    public const string FileUploaded = "file.uploaded";
    public const string FileRemoved = "file.removed";
    public const string AuditVerified = "audit.verified";
    public const string UserCreated = "user.created";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string PolicyChanged = "policy.changed";
    public const string CalendarChanged = "calendar.changed";
    public const string OccupationChanged = "occupation.changed";
    public const string BlacklistAdded = "blacklist.added";
    public const string BlacklistRemoved = "blacklist.removed";
    public const string RecoveryCreated = "recovery.created";
    public const string RecoveryReceived = "recovery.received";
    public const string SpotCheckDrawn = "spot-check.drawn";
    public const string SpotCheckRecorded = "spot-check.recorded";
    public const string ClaimSubmitted = "claim.submitted";
    public const string ClaimDecided = "claim.decided";
    public const string ObjectionRecorded = "objection.recorded";
    public const string ObjectionResolved = "objection.resolved";
    public const string PayoutBatchCreated = "payout-batch.created";
    public const string PayoutBatchChanged = "payout-batch.changed";
    public const string PayoutLedgerDownloaded = "payout-ledger.downloaded";
    public const string PaymentMarked = "payment.marked";
    public const string TrainingLedgerDownloaded = "training-ledger.downloaded";
    public const string LearningRecordsImported = "learning.imported";
    public const string MedicalProducerListed = "medical-producer.listed";
    public const string MedicalProducerRemoved = "medical-producer.removed";
    public const string MedicalProducersImported = "medical-producer.imported";
    public const string WorkBasedSubmitted = "work-based.submitted";
    public const string WorkBasedDecided = "work-based.decided";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [SignIn] = "登录",
        [SignInFailed] = "登录失败",
        [SignOut] = "退出登录",
        [PasswordChanged] = "修改密码",
        [EnterpriseRegistered] = "企业注册",
        [EnterpriseProfileChanged] = "修改企业信息",
        [PersonalDataShown] = "查看未脱敏个人信息",
        [PlanSubmitted] = "提交培训计划",
        [PlanDecided] = "培训计划审核决定",
        [DocumentDownloaded] = "下载文件",
        [FileUploaded] = "上传文件",
        [FileRemoved] = "删除文件",
        [AuditVerified] = "校验审计日志",
        [UserCreated] = "创建用户",
        [UserPasswordReset] = "重置密码",
        [UserDisabled] = "停用用户",
        [UserEnabled] = "启用用户",
        [PolicyChanged] = "修改政策参数",
        [CalendarChanged] = "修改工作日历",
        [OccupationChanged] = "修改职业目录",
        [BlacklistAdded] = "列入黑名单",
        [BlacklistRemoved] = "移出黑名单",
        [RecoveryCreated] = "下达追回",
        [RecoveryReceived] = "登记追回到账",
        [SpotCheckDrawn] = "抽取抽查样本",
        [SpotCheckRecorded] = "记录抽查结果",
        [ClaimSubmitted] = "提交补贴申请",
        [ClaimDecided] = "补贴申请审核决定",
        [ObjectionRecorded] = "登记公示异议",
        [ObjectionResolved] = "处理公示异议",
        [PayoutBatchCreated] = "创建拨付批次",
        [PayoutBatchChanged] = "调整拨付批次",
        [PayoutLedgerDownloaded] = "下载拨付台账",
        [PaymentMarked] = "登记拨付结果",
        [TrainingLedgerDownloaded] = "下载培训台账",
        [LearningRecordsImported] = "导入学习记录",
        [MedicalProducerListed] = "列入重要医用物资生产企业名单",
        [MedicalProducerRemoved] = "移出重要医用物资生产企业名单",
        [MedicalProducersImported] = "导入重要医用物资生产企业名单",
        [WorkBasedSubmitted] = "提交以工代训申请",
        [WorkBasedDecided] = "以工代训申请审核决定",
    };

    public static string NameOf(string action) => Names.TryGetValue(action, out var name) ? name : action;
}
