using ClosedXML.Excel;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>The Excel template for the workers of an application, and its all-or-nothing reader.</summary>
public static class WorkerTemplate
{
    public const string SheetName = "职工名单";
    public const string IdHeader = "身份证号";

    private static readonly string[] FixedHeaders =
        ["姓名", IdHeader, "性别", "手机号码", "类型", "入职或转岗日期", "技能岗位"];

    private static readonly string[] MonthHeaders = ["申请月份1", "月份1工资", "申请月份2", "月份2工资", "申请月份3", "月份3工资"];

    /// <summary>Creates the template: an instruction row, the header row, and text-formatted ID and phone columns.</summary>
    public static byte[] Create()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Cell(1, 1).Value = "以工代训职工名单：从第3行起每名职工填一行。身份证号和手机号码列为文本格式，请勿改为数字；性别填“男”或“女”；"
            + "类型填“新入职”或“转岗”；日期如2020-02-10；申请月份如2020-03，每人1至3个月；工资单位为元。";
        string[] headers = [.. FixedHeaders, .. MonthHeaders];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(2, i + 1).Value = headers[i];
            sheet.Cell(2, i + 1).Style.Font.Bold = true;
        }

        // Text format keeps all 18 characters when the enterprise types or pastes ID numbers.
        sheet.Column(2).Style.NumberFormat.Format = "@";
        sheet.Column(4).Style.NumberFormat.Format = "@";
        for (var i = 0; i < headers.Length; i++)
        {
            SheetReading.FitWidth(sheet.Column(i + 1), [headers[i], "2020-02-10"]);
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Reads and validates every row; returns the workers only when no row has an error.</summary>
    internal static List<WorkBasedWorker> Read(Stream content, PolicyParameters policy, DateOnly today,
        out List<ImportRowError> errors)
    {
        errors = [];
        var workers = new List<WorkBasedWorker>();
        using var workbook = SheetReading.TryOpen(content, out var openError);
        if (workbook is null)
        {
            errors.Add(new ImportRowError(SheetName, 1, string.Empty, openError));
            return workers;
        }

        var sheet = workbook.Worksheets.First();
        if (SheetReading.FindHeader(sheet, FixedHeaders) is not var (headerRow, columns))
        {
            errors.Add(new ImportRowError(sheet.Name, 1, string.Empty,
                $"前10行中没有找到表头行，表头须包含：{string.Join("、", FixedHeaders)}。请使用本页提供的模板。"));
            return workers;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = sheet.LastRowUsed()?.RowNumber() ?? headerRow;
        for (var number = headerRow + 1; number <= last; number++)
        {
            var row = sheet.Row(number);
            if (SheetReading.IsRowEmpty(row, columns.Values))
            {
                continue;
            }

            ReadRow(sheet.Name, number, row, columns, policy, today, seen, workers, errors);
        }

        if (workers.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportRowError(sheet.Name, headerRow + 1, string.Empty, "表头下没有职工数据，请填写后再导入。"));
        }

        return errors.Count == 0 ? workers : [];
    }

    private static void ReadRow(string sheetName, int number, IXLRow row, Dictionary<string, int> columns,
        PolicyParameters policy, DateOnly today, Dictionary<string, int> seen, List<WorkBasedWorker> workers,
        List<ImportRowError> errors)
    {
        string Cell(string header) => SheetReading.Text(row.Cell(columns[header]));

        var idCell = row.Cell(columns[IdHeader]);
        if (SheetReading.IsMangledIdentifier(idCell))
        {
            errors.Add(new ImportRowError(sheetName, number, IdHeader, SheetReading.MangledIdentifierMessage));
            return;
        }

        var startCell = row.Cell(columns["入职或转岗日期"]);
        var startDate = SheetReading.Date(startCell);
        if (startDate is null && !string.IsNullOrWhiteSpace(startCell.GetString()))
        {
            errors.Add(new ImportRowError(sheetName, number, "入职或转岗日期",
                $"“{SheetReading.Text(startCell)}”不是有效日期，请填写如2020-02-10。"));
            return;
        }

        var months = new List<WorkerMonthInput>();
        for (var i = 1; i <= WorkerMonthSlot.MaxSlot; i++)
        {
            if (!columns.TryGetValue($"申请月份{i}", out var monthColumn))
            {
                continue;
            }

            var month = SheetReading.MonthText(row.Cell(monthColumn));
            decimal? wage = null;
            if (columns.TryGetValue($"月份{i}工资", out var wageColumn))
            {
                var wageText = SheetReading.Text(row.Cell(wageColumn));
                if (decimal.TryParse(wageText, System.Globalization.NumberStyles.Number,
                        System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    wage = parsed;
                }
                else if (wageText.Length > 0)
                {
                    errors.Add(new ImportRowError(sheetName, number, $"月份{i}工资", $"“{wageText}”不是金额，请填写数字（元）。"));
                    return;
                }
            }

            months.Add(new WorkerMonthInput(month, wage));
        }

        var input = new WorkerInput(Cell("姓名"), SheetReading.Text(idCell), Cell("性别"), Cell("手机号码"), Cell("类型"),
            startDate, Cell("技能岗位"), months);
        var worker = WorkerRules.Validate(input, policy, today, out var rowErrors);
        foreach (var message in rowErrors)
        {
            errors.Add(new ImportRowError(sheetName, number, string.Empty, message));
        }

        if (worker is null)
        {
            return;
        }

        if (seen.TryGetValue(worker.IdNumber, out var firstRow))
        {
            errors.Add(new ImportRowError(sheetName, number, IdHeader,
                $"与第{firstRow}行是同一名职工（身份证号{worker.MaskedIdNumber}），每名职工只能列一行，请把月份合并到一行。"));
            return;
        }

        seen[worker.IdNumber] = number;
        workers.Add(worker);
    }
}
