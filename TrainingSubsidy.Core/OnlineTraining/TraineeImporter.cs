using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;
using static TrainingSubsidy.Core.OnlineTraining.TraineeValidator;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>The outcome of reading a roster file: the trainees when every row is valid, otherwise every problem.</summary>
public sealed record TraineeImportResult(IReadOnlyList<Trainee> Trainees, IReadOnlyList<RowError> Errors, string? FileError)
{
    public bool Succeeded => FileError is null && Errors.Count == 0;
}

/// <summary>
/// Reads a filled-in roster template. It finds the header row even under a title row, skips blank and
/// formatting-only rows, rejects ID numbers that Excel stored as numbers, and reports every bad row. It returns
/// no trainees unless every row is valid, so a caller saves all rows or none.
/// </summary>
public static class TraineeImporter
{
    /// <summary>Largest roster file accepted, in bytes; a 2,000-row roster is about 100 KB.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static TraineeImportResult Read(
        byte[] content,
        DateOnly? trainingStart,
        DateOnly today,
        IReadOnlyCollection<string> existingIdNumbers,
        int firstSortOrder)
    {
        if (content.LongLength > MaxFileBytes)
        {
            return FileFailure($"文件大小为{content.LongLength / 1024} KB，超过{MaxFileBytes / 1024 / 1024} MB的上限；请只保留参训职工名单后重新导入。");
        }

        if (!XlsxContent.IsXlsx(content))
        {
            return FileFailure("该文件不是Excel工作簿（.xlsx）。请下载本页提供的模板填写，并另存为“Excel工作簿（*.xlsx）”格式后再导入；不支持.xls、.csv或改了扩展名的文件。");
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException
                                              or InvalidOperationException or ArgumentException
                                              or System.Xml.XmlException)
        {
            return FileFailure("无法读取该Excel文件，文件可能已损坏。请用Excel或WPS打开确认后另存为.xlsx再导入。");
        }

        using (workbook)
        {
            return ReadWorkbook(workbook, trainingStart, today, existingIdNumbers, firstSortOrder);
        }
    }

    private static TraineeImportResult ReadWorkbook(
        XLWorkbook workbook,
        DateOnly? trainingStart,
        DateOnly today,
        IReadOnlyCollection<string> existingIdNumbers,
        int firstSortOrder)
    {
        var sheet = workbook.Worksheets.FirstOrDefault(s => s.Name == TraineeTemplate.RosterSheetName
                                                            && s.Visibility == XLWorksheetVisibility.Visible)
                    ?? SheetLayout.FirstVisibleSheet(workbook);
        if (sheet is null)
        {
            return FileFailure("工作簿中没有可见的工作表。");
        }

        var header = SheetLayout.FindHeaderRow(sheet, TraineeTemplate.Headers.ToList());
        if (header is null)
        {
            return FileFailure(
                $"在工作表“{sheet.Name}”的前{SheetLayout.HeaderSearchRows}行中找不到表头，表头须包含：{string.Join("、", TraineeTemplate.Headers)}。请使用本页提供的模板。");
        }

        var columns = TraineeTemplate.Headers.Select(header.ColumnOf).ToList();
        var errors = new List<RowError>();
        var trainees = new List<Trainee>();
        var idsByRow = new List<(int RowNumber, string? IdNumber)>();
        var lastRow = SheetLayout.LastRowNumber(sheet);
        for (var rowNumber = header.RowNumber + 1; rowNumber <= lastRow; rowNumber++)
        {
            if (CellReader.IsRowBlank(sheet, rowNumber, columns))
            {
                continue;
            }

            var input = ReadRow(sheet, header, rowNumber, errors);
            if (input is null)
            {
                continue;
            }

            idsByRow.Add((rowNumber, input.IdNumber));
            var trainee = ValidateRow(input, sheet.Name, rowNumber, trainingStart, today,
                firstSortOrder + trainees.Count, errors);
            if (trainee is not null)
            {
                trainees.Add(trainee);
            }
        }

        AddDuplicateErrors(idsByRow, sheet.Name, existingIdNumbers, today, errors);
        if (errors.Count == 0 && trainees.Count == 0)
        {
            return FileFailure($"工作表“{sheet.Name}”的表头下没有职工数据，请从第{header.RowNumber + 1}行起填写后再导入。");
        }

        var ordered = errors
            .Select(error => NameUnknownChoice(sheet, header, error))
            .OrderBy(error => error.RowNumber)
            .ThenBy(error => ColumnOrder(error.Column))
            .ToList();
        return new TraineeImportResult(ordered.Count == 0 ? trainees : [], ordered, null);
    }

    /// <summary>Reads one row's cells; returns null when the ID cell is a number, after recording that error.</summary>
    private static TraineeInput? ReadRow(IXLWorksheet sheet, HeaderRow header, int rowNumber, List<RowError> errors)
    {
        string Text(string column) => CellReader.Read(sheet.Cell(rowNumber, header.ColumnOf(column))).Text;

        var idCell = CellReader.Read(sheet.Cell(rowNumber, header.ColumnOf(IdNumberColumn)));
        var input = new TraineeInput
        {
            Name = Text(NameColumn),
            IdNumber = idCell.Text,
            Post = Text(PostColumn),
            Phone = Text(PhoneColumn),
            EmploymentType = Text(EmploymentTypeColumn) switch
            {
                "正式" => EmploymentType.Formal,
                "劳务派遣" => EmploymentType.Dispatched,
                _ => null,
            },
            IsInsured = Text(InsuredColumn) switch
            {
                "是" => true,
                "否" => false,
                _ => null,
            },
        };

        if (!CellReader.IsIdentifierStoredAsNumber(idCell))
        {
            return input;
        }

        errors.Add(new RowError(sheet.Name, rowNumber, IdNumberColumn,
            $"身份证号被Excel存成了数字（{idCell.Text}），末几位可能已经丢失，系统无法还原。请把“身份证号”列的单元格格式设为“文本”，再重新输入该职工的身份证号后导入。"));

        // The other cells are still checked so the user sees every problem of the row at once.
        input.IdNumber = null;
        var otherErrors = new List<RowError>();
        ValidateRow(input, sheet.Name, rowNumber, null, DateOnly.MaxValue, 0, otherErrors);
        errors.AddRange(otherErrors.Where(error => error.Column != IdNumberColumn));
        return null;
    }

    /// <summary>
    /// Rewrites a missing-choice error when the cell has text that is not one of the choices, so the message
    /// names the value that was typed, such as 合同工 under 用工形式.
    /// </summary>
    private static RowError NameUnknownChoice(IXLWorksheet sheet, HeaderRow header, RowError error)
    {
        if (error.Column is not (EmploymentTypeColumn or InsuredColumn))
        {
            return error;
        }

        var text = CellReader.Read(sheet.Cell(error.RowNumber, header.ColumnOf(error.Column))).Text;
        if (text.Length == 0 || (error.Column == InsuredColumn && text == "否"))
        {
            return error;
        }

        var choices = error.Column == EmploymentTypeColumn
            ? TraineeTemplate.EmploymentTypeChoices
            : TraineeTemplate.InsuredChoices;
        return error with
        {
            Message = $"“{text}”不是有效的{error.Column}，请从下拉列表选择“{string.Join("”或“", choices)}”。",
        };
    }

    private static int ColumnOrder(string column)
    {
        var index = TraineeTemplate.Headers.ToList().IndexOf(column);
        return index < 0 ? int.MaxValue : index;
    }

    private static TraineeImportResult FileFailure(string message) => new([], [], message);
}
