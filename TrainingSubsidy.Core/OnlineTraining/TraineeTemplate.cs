using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;
using static TrainingSubsidy.Core.OnlineTraining.TraineeValidator;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>Builds the trainee roster template (参训职工名单) that enterprises fill in and import.</summary>
public static class TraineeTemplate
{
    public const string RosterSheetName = "参训职工名单";
    public const string InstructionsSheetName = "填写说明";
    public const string FileName = "参训职工名单模板.xlsx";

    /// <summary>Rows below the header that get the Text format and drop-down lists.</summary>
    public const int PreparedRows = 2000;

    public static readonly IReadOnlyList<string> Headers =
        [NameColumn, IdNumberColumn, PostColumn, PhoneColumn, EmploymentTypeColumn, InsuredColumn];

    public static readonly IReadOnlyList<string> EmploymentTypeChoices = ["正式", "劳务派遣"];

    public static readonly IReadOnlyList<string> InsuredChoices = ["是", "否"];

    private const int TitleRow = 1;
    private const int HeaderRowNumber = 2;

    public static byte[] Build()
    {
        using var workbook = new XLWorkbook();
        var roster = workbook.AddWorksheet(RosterSheetName);

        var title = roster.Range(TitleRow, 1, TitleRow, Headers.Count);
        title.Merge();
        title.FirstCell().Value = "线上职业技能培训参训职工名单";
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        for (var column = 1; column <= Headers.Count; column++)
        {
            var cell = roster.Cell(HeaderRowNumber, column);
            cell.Value = Headers[column - 1];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        var firstDataRow = HeaderRowNumber + 1;
        var lastDataRow = HeaderRowNumber + PreparedRows;
        SheetFormatting.FormatAsText(roster.Range(firstDataRow, 1, lastDataRow, Headers.Count));
        SheetFormatting.AddChoiceList(
            roster.Range(firstDataRow, 5, lastDataRow, 5),
            EmploymentTypeChoices,
            "用工形式只能选“正式”或“劳务派遣”。");
        SheetFormatting.AddChoiceList(
            roster.Range(firstDataRow, 6, lastDataRow, 6),
            InsuredChoices,
            "是否参保只能选“是”或“否”。");
        roster.SheetView.FreezeRows(HeaderRowNumber);
        SetRosterWidths(roster);

        var instructions = workbook.AddWorksheet(InstructionsSheetName);
        var lines = InstructionLines();
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

    private static void SetRosterWidths(IXLWorksheet roster)
    {
        // Widths fit a typical value rather than the header, because the data rows are empty in the template.
        string[] samples = ["少数民族姓名长", "12010119900101123X", "设备维修技术员", "022-23456789", "劳务派遣", "是否参保"];
        for (var column = 1; column <= samples.Length; column++)
        {
            roster.Column(column).Width = SheetFormatting.DisplayWidth(samples[column - 1]) + 4;
        }
    }

    private static List<string> InstructionLines() =>
    [
        "填写说明",
        $"1. 在“{RosterSheetName}”工作表第{HeaderRowNumber + 1}行起逐行填写，每行一名职工；不要修改表头，不要删除标题行。",
        "2. 身份证号须为18位居民身份证号码，末位X大小写均可。该列已设为“文本”格式：如从其他表格粘贴，请使用“选择性粘贴-数值”，",
        "   不要把该列改为“常规”或“数值”格式，否则Excel会把身份证号变成科学计数法并丢失末三位，系统将拒绝导入。",
        $"3. 参训职工在培训开始日须年满{MinimumAge}周岁。",
        "4. 联系电话填写11位手机号，或带区号的天津固定电话（如022-23456789）。",
        "5. 用工形式从下拉列表选择“正式”或“劳务派遣”；劳务派遣人员由实际用工企业申报。",
        "6. 是否参保从下拉列表选择；只有参保职工可以申请线上职业技能培训补贴。",
        "7. 同一身份证号在名单中只能出现一次。",
        "8. 导入时系统逐行检查；只要有一行不符合要求，整个文件都不会导入，请按提示的行号和列名修改后重新导入。",
    ];
}
