using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Documents.Excel;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Claims;

/// <summary>
/// The enterprise's training ledger (培训台账) as an Excel workbook: its plans, their courses, and every trainee with
/// hours, claim, amount and payment status.
/// </summary>
public sealed class TrainingLedgerService(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit)
{
    private static readonly ExcelColumn[] PlanColumns =
    [
        new("计划编号"), new("状态"), new("职业"), new("培训开始"), new("培训结束"), new("培训平台"),
        new("课程数", ExcelColumnKind.Number), new("总课时"), new("参训人数", ExcelColumnKind.Number),
    ];

    private static readonly ExcelColumn[] CourseColumns =
    [
        new("计划编号"), new("课程名称"), new("类别"), new("课时"),
    ];

    private static readonly ExcelColumn[] TraineeColumns =
    [
        new("计划编号"), new("姓名"), new("身份证号码", ExcelColumnKind.DigitsAsText),
        new("手机号码", ExcelColumnKind.DigitsAsText), new("岗位"), new("已完成课时"), new("补贴申请编号"),
        new("申请状态"), new("是否补贴"), new("说明"), new("补贴金额（元）", ExcelColumnKind.Money), new("拨付状态"),
    ];

    public async Task<byte[]> ExportAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.EnterpriseUser);
        var enterpriseId = scope.EnterpriseId ?? throw new AccessDeniedException("您的账号未关联企业，请联系管理员。");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking().Include(p => p.Courses).Include(p => p.Trainees)
            .AsSplitQuery()
            .Where(p => p.EnterpriseId == enterpriseId)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var claims = await db.SubsidyClaims.AsNoTracking().Include(c => c.Trainees)
            .Where(c => c.EnterpriseId == enterpriseId)
            .ToListAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking()
            .Where(a => a.EnterpriseId == enterpriseId && a.Programme == Programme.OnlineTraining)
            .ToDictionaryAsync(a => a.SourceId, a => a.Status, cancellationToken);

        using var workbook = new XLWorkbook();
        ExcelSheetWriter.AddTable(workbook, "培训计划", PlanColumns, plans.Select(plan => (IReadOnlyList<object>)
        [
            plan.PlanNumber, plan.Status.ToChinese(), plan.OccupationName ?? string.Empty, Day(plan.TrainingStart),
            Day(plan.TrainingEnd), plan.PlatformName ?? string.Empty, plan.Courses.Count, Hours(plan.TotalHours),
            plan.Trainees.Count,
        ]));
        ExcelSheetWriter.AddTable(workbook, "课程", CourseColumns, plans.SelectMany(plan => plan.Courses
            .OrderBy(course => course.SortOrder)
            .Select(course => (IReadOnlyList<object>)
                [plan.PlanNumber, course.Name, course.Category.ToChinese(), Hours(course.Hours)])));

        var rows = new List<IReadOnlyList<object>>();
        foreach (var plan in plans)
        {
            var hours = await ClaimEligibility.CountCompletedHoursAsync(db, plan, cancellationToken);
            var latest = claims.Where(c => c.TrainingPlanId == plan.Id).MaxBy(c => c.Id);
            foreach (var trainee in plan.Trainees.OrderBy(t => t.SortOrder))
            {
                rows.Add(TraineeRow(plan, trainee, hours.GetValueOrDefault(trainee.Id), latest, awards));
            }
        }

        ExcelSheetWriter.AddTable(workbook, "参训职工", TraineeColumns, rows);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.TrainingLedgerDownloaded, "enterprise",
            enterpriseId.ToString(CultureInfo.InvariantCulture), $"{plans.Count}个计划，{rows.Count}名职工"),
            cancellationToken);
        return stream.ToArray();
    }

    private static IReadOnlyList<object> TraineeRow(TrainingPlan plan, Trainee trainee, decimal hours,
        SubsidyClaim? claim, Dictionary<int, AwardStatus> awards)
    {
        var line = claim?.Trainees.FirstOrDefault(t => t.TraineeId == trainee.Id);
        var paid = line?.IsPayable == true;
        var award = claim is not null && awards.TryGetValue(claim.Id, out var status) ? status.ToChinese() : string.Empty;
        return
        [
            plan.PlanNumber, trainee.Name, trainee.IdNumber, trainee.Phone, trainee.Post, Hours(hours),
            claim?.ClaimNumber ?? string.Empty, claim?.Status.ToChinese() ?? "未申请", paid ? "是" : "否",
            line?.IneligibleReason ?? line?.ExclusionReason ?? string.Empty,
            paid ? claim!.AmountPerTrainee : Money.Zero, paid ? award : string.Empty,
        ];
    }

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
