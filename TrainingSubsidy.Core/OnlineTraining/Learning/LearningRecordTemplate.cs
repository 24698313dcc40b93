using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>
/// Builds the learning-record template of an approved plan: one row per trainee and course with name, ID number and
/// course filled in, and a sheet of instructions.
/// </summary>
public static class LearningRecordTemplate
{
    public const string InstructionsSheetName = "填写说明";

    public static string FileName(string planNumber) => $"职工学习记录表-{planNumber}.xlsx";

    public static byte[] Build(TrainingPlan plan)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(LearningColumns.SheetName);
        var headers = LearningColumns.All;
        for (var column = 1; column <= headers.Count; column++)
        {
            var cell = sheet.Cell(1, column);
            cell.Value = headers[column - 1];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        var trainees = plan.Trainees.OrderBy(trainee => trainee.SortOrder).ToList();
        var courses = plan.Courses.OrderBy(course => course.SortOrder).ToList();
        var row = 2;
        foreach (var trainee in trainees)
        {
            foreach (var course in courses)
            {
                // Text cells keep the ID number's 18 characters exactly.
                sheet.Cell(row, 1).SetValue(trainee.Name);
                sheet.Cell(row, 2).Style.NumberFormat.Format = SheetFormatting.TextFormat;
                sheet.Cell(row, 2).SetValue(trainee.IdNumber);
                sheet.Cell(row, 3).SetValue(course.Name);
                row++;
            }
        }

        var lastRow = Math.Max(row - 1, 2);
        SheetFormatting.FormatAsText(sheet.Range(2, 2, lastRow, 2));
        SheetFormatting.FormatAsText(sheet.Range(2, 8, lastRow, 8));
        SheetFormatting.AddChoiceList(
            sheet.Range(2, 3, lastRow, 3),
            courses.Select(course => course.Name).ToList(),
            "课程名称只能从本培训计划的课程中选择。");
        SheetFormatting.AddChoiceList(
            sheet.Range(2, 7, lastRow, 7),
            LearningColumns.StatusChoices,
            "完成状态只能选“已完成”或“未完成”。");
        sheet.SheetView.FreezeRows(1);
        SetWidths(sheet);

        var instructions = workbook.AddWorksheet(InstructionsSheetName);
        var lines = InstructionLines(plan);
        for (var index = 0; index < lines.Count; index++)
        {
            instructions.Cell(index + 1, 1).Value = lines[index];
        }

        instructions.Cell(1, 1).Style.Font.Bold = true;
        SheetFormatting.SetColumnWidthsFromText(instructions);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void SetWidths(IXLWorksheet sheet)
    {
        // Widths fit a typical value, because the time, hours and status columns are empty in the template.
        string[] samples = ["少数民族姓名长", "12010119900101123X", "职业技能课程名称较长", "2020-03-09 09:00",
            "2020-03-09 11:00", "学时", "完成状态", "platform-account-01"];
        for (var column = 1; column <= samples.Length; column++)
        {
            var widest = Math.Max(
                SheetFormatting.DisplayWidth(samples[column - 1]),
                SheetFormatting.DisplayWidth(LearningColumns.All[column - 1]));
            sheet.Column(column).Width = widest + 2;
        }
    }

    private static List<string> InstructionLines(TrainingPlan plan) =>
    [
        "职工学习记录表填写说明",
        $"1. 培训计划：{plan.PlanNumber}，培训期间 {plan.TrainingStart:yyyy-MM-dd} 至 {plan.TrainingEnd:yyyy-MM-dd}。",
        "2. 每行是一名职工学习一门课程的一次记录；同一职工同一课程学习多次时，可复制该行后分别填写。",
        "3. 姓名、身份证号、课程名称已按培训计划预先填写，请勿修改；身份证号列为文本格式，请勿改为数值或常规格式。",
        "4. 学习开始时间、学习结束时间写成 2020-03-09 09:00 这样的格式，也可写 2020/3/9 9:00 或 2020年3月9日 9:00。",
        "5. 学习开始时间必须早于学习结束时间，两者都必须在培训期间之内。",
        "6. 学时填大于0的数字，可带小数，例如 1.5。",
        "7. 完成状态从下拉列表选择“已完成”或“未完成”。",
        "8. 平台学员账号填职工在培训平台上的登录账号，可不填。",
        "9. 也可直接导入培训平台导出的表格，只要表头包含姓名、身份证号、课程名称、学习开始时间、学习结束时间、学时、完成状态，列的顺序不限。",
        "10. 导入时任一行有错误则整表不保存；请按错误清单改正后重新导入。再次导入改正后的表格会替换相应职工和课程的原有记录，原记录留作历史。",
    ];
}
