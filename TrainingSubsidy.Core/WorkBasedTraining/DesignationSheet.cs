using ClosedXML.Excel;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>The spreadsheet the city administrator imports the designation list from.</summary>
public static class DesignationSheet
{
    public const string SheetName = "名单";
    public const string CodeHeader = "统一社会信用代码";
    public const string NameHeader = "企业名称";
    public const string DateHeader = "认定日期";
    public const string DocumentHeader = "认定文件";

    private static readonly string[] Headers = [CodeHeader, NameHeader, DateHeader, DocumentHeader];

    /// <summary>Returns the data rows, or row errors when the file or a cell cannot be read.</summary>
    internal static List<(int Row, DesignationRequest Request)> Read(Stream content, out List<ImportRowError> errors)
    {
        errors = [];
        var rows = new List<(int, DesignationRequest)>();
        using var workbook = SheetReading.TryOpen(content, out var openError);
        if (workbook is null)
        {
            errors.Add(new ImportRowError(SheetName, 1, string.Empty, openError));
            return rows;
        }

        var sheet = workbook.Worksheets.First();
        if (SheetReading.FindHeader(sheet, Headers) is not var (headerRow, columns))
        {
            errors.Add(new ImportRowError(sheet.Name, 1, string.Empty,
                $"前10行中没有找到表头行，表头须包含：{string.Join("、", Headers)}。"));
            return rows;
        }

        var last = sheet.LastRowUsed()?.RowNumber() ?? headerRow;
        for (var number = headerRow + 1; number <= last; number++)
        {
            var row = sheet.Row(number);
            if (SheetReading.IsRowEmpty(row, columns.Values))
            {
                continue;
            }

            var codeCell = row.Cell(columns[CodeHeader]);
            if (SheetReading.IsMangledIdentifier(codeCell))
            {
                errors.Add(new ImportRowError(sheet.Name, number, CodeHeader, SheetReading.MangledIdentifierMessage));
                continue;
            }

            var dateCell = row.Cell(columns[DateHeader]);
            var date = SheetReading.Date(dateCell);
            if (date is null)
            {
                errors.Add(new ImportRowError(sheet.Name, number, DateHeader,
                    $"“{SheetReading.Text(dateCell)}”不是有效日期，请填写如2020-02-05。"));
                continue;
            }

            rows.Add((number, new DesignationRequest
            {
                CreditCode = SheetReading.Text(codeCell),
                EnterpriseName = SheetReading.Text(row.Cell(columns[NameHeader])),
                DesignatedOn = date,
                DesignationDocument = SheetReading.Text(row.Cell(columns[DocumentHeader])),
            }));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportRowError(sheet.Name, headerRow + 1, string.Empty, "表头下没有数据行，请填写后再导入。"));
        }

        return rows;
    }
}
