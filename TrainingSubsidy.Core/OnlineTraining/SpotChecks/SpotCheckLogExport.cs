using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Spreadsheets;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining.SpotChecks;

/// <summary>A spot-check log workbook and its download name.</summary>
public sealed record SpotCheckLogFile(byte[] Content, string FileName);

/// <summary>
/// Exports the spot-check log of a plan or of a whole district for the district's reviewers: one row per check,
/// and one row for each sampled trainee not yet checked. ID numbers and phone numbers are masked.
/// </summary>
public sealed class SpotCheckLogExport(IDbContextFactory<AppDbContext> dbFactory)
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "区", "计划编号", "企业名称", "姓名", "身份证号", "入样方式", "入样时间", "核查时间", "核查方式", "拨打号码",
        "核查结果", "备注", "核查人", "争议处理",
    ];

    public async Task<SpotCheckLogFile> ForPlanAsync(UserScope scope, int planId, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new { p.PlanNumber, p.DistrictCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null || plan.DistrictCode != scope.DistrictCode)
        {
            throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);
        }

        var content = await BuildAsync(db, db.TrainingPlans.Where(p => p.Id == planId), cancellationToken);
        return new SpotCheckLogFile(content, $"抽查记录-{plan.PlanNumber}.xlsx");
    }

    public async Task<SpotCheckLogFile> ForDistrictAsync(UserScope scope, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.DistrictReviewer);
        var district = scope.DistrictCode ?? throw new AccessDeniedException("您的账号没有所属区，无法导出抽查记录。");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var content = await BuildAsync(db, db.TrainingPlans.Where(p => p.DistrictCode == district), cancellationToken);
        var name = await db.Districts.AsNoTracking()
            .Where(d => d.Code == district)
            .Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? district;
        return new SpotCheckLogFile(content, $"抽查记录-{name}.xlsx");
    }

    private static async Task<byte[]> BuildAsync(AppDbContext db, IQueryable<TrainingPlan> plans,
        CancellationToken cancellationToken)
    {
        var planRows = await plans.AsNoTracking()
            .Join(db.Enterprises, plan => plan.EnterpriseId, enterprise => enterprise.Id,
                (plan, enterprise) => new { plan.Id, plan.PlanNumber, plan.DistrictCode, EnterpriseName = enterprise.Name })
            .ToDictionaryAsync(plan => plan.Id, cancellationToken);
        var planIds = planRows.Keys.ToList();
        var members = await db.SpotCheckSampleMembers.AsNoTracking()
            .Where(member => planIds.Contains(member.TrainingPlanId))
            .OrderBy(member => member.TrainingPlanId).ThenBy(member => member.AddedAt)
            .ToListAsync(cancellationToken);
        var records = await db.SpotCheckRecords.AsNoTracking()
            .Where(record => planIds.Contains(record.TrainingPlanId))
            .OrderBy(record => record.CheckedAt)
            .ToListAsync(cancellationToken);
        var disputes = await db.TraineeDisputes.AsNoTracking()
            .Where(dispute => planIds.Contains(dispute.TrainingPlanId))
            .ToDictionaryAsync(dispute => dispute.SpotCheckRecordId, cancellationToken);
        var traineeIds = members.Select(member => member.TraineeId).ToList();
        var districtNames = await db.Districts.AsNoTracking()
            .ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var trainees = await db.Set<Trainee>().AsNoTracking()
            .Where(trainee => traineeIds.Contains(trainee.Id))
            .ToDictionaryAsync(trainee => trainee.Id, cancellationToken);

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("抽查记录");
        for (var column = 1; column <= Headers.Count; column++)
        {
            sheet.Cell(1, column).SetValue(Headers[column - 1]);
            sheet.Cell(1, column).Style.Font.Bold = true;
        }

        var checksByMember = records.ToLookup(record => (record.TrainingPlanId, record.TraineeId));
        var row = 2;
        foreach (var member in members)
        {
            var plan = planRows[member.TrainingPlanId];
            var trainee = trainees[member.TraineeId];
            var checks = checksByMember[(member.TrainingPlanId, member.TraineeId)].ToList();
            if (checks.Count == 0)
            {
                WriteMember(sheet, row, districtNames.GetValueOrDefault(plan.DistrictCode, plan.DistrictCode), plan.PlanNumber, plan.EnterpriseName, trainee, member);
                sheet.Cell(row, 11).SetValue("未核查");
                row++;
                continue;
            }

            foreach (var check in checks)
            {
                WriteMember(sheet, row, districtNames.GetValueOrDefault(plan.DistrictCode, plan.DistrictCode), plan.PlanNumber, plan.EnterpriseName, trainee, member);
                sheet.Cell(row, 8).SetValue(ChinaTime.Format(check.CheckedAt));
                sheet.Cell(row, 9).SetValue(check.Method.ToChinese());
                sheet.Cell(row, 10).SetValue(check.NumberCalled is null ? string.Empty : PhoneNumber.Mask(check.NumberCalled));
                sheet.Cell(row, 11).SetValue(check.Outcome.ToChinese());
                sheet.Cell(row, 12).SetValue(check.Notes ?? string.Empty);
                sheet.Cell(row, 13).SetValue(check.ReviewerName);
                sheet.Cell(row, 14).SetValue(DescribeDispute(disputes.GetValueOrDefault(check.Id)));
                row++;
            }
        }

        SheetFormatting.SetColumnWidthsFromText(sheet);
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteMember(IXLWorksheet sheet, int row, string districtName, string planNumber,
        string enterpriseName, Trainee trainee, SpotCheckSampleMember member)
    {
        sheet.Cell(row, 1).SetValue(districtName);
        sheet.Cell(row, 2).SetValue(planNumber);
        sheet.Cell(row, 3).SetValue(enterpriseName);
        sheet.Cell(row, 4).SetValue(trainee.Name);
        sheet.Cell(row, 5).SetValue(trainee.MaskedIdNumber);
        sheet.Cell(row, 6).SetValue(member.AddedByHand ? $"手工添加（{member.AddedByName}）" : "随机抽取");
        sheet.Cell(row, 7).SetValue(ChinaTime.Format(member.AddedAt));
    }

    private static string DescribeDispute(TraineeDispute? dispute) => dispute switch
    {
        null => string.Empty,
        { ResolvedAt: null } => "争议未处理",
        { Cleared: true } => $"已澄清（{dispute.ResolvedByName}，{ChinaTime.Format(dispute.ResolvedAt.Value)}）：{dispute.ResolutionNote}",
        _ => $"确认未参训（{dispute.ResolvedByName}，{ChinaTime.Format(dispute.ResolvedAt!.Value)}）：{dispute.ResolutionNote}",
    };
}
