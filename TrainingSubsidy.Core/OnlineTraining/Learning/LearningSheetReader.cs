using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;
using TrainingSubsidy.Core.Validation;
using static TrainingSubsidy.Core.OnlineTraining.Learning.LearningColumns;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>The rows of a learning-record sheet when every row is valid, otherwise the errors.</summary>
public sealed record LearningSheet(IReadOnlyList<LearningRow> Rows, IReadOnlyList<LearningImportError> Errors,
    int TotalErrorCount, string? FileError);

/// <summary>The plan facts that rows are checked against: trainees by ID number, courses by name, the period.</summary>
public sealed class LearningPlanFacts(TrainingPlan plan)
{
    public IReadOnlyDictionary<string, Trainee> TraineesByIdNumber { get; } =
        plan.Trainees.ToDictionary(trainee => trainee.IdNumber, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Course> CoursesByName { get; } =
        plan.Courses.ToDictionary(course => TextNormalizer.NormalizeText(course.Name).Trim(), StringComparer.Ordinal);

    /// <summary>First minute of the training period.</summary>
    public DateTime PeriodStart { get; } = plan.TrainingStart!.Value.ToDateTime(TimeOnly.MinValue);

    /// <summary>Midnight after the last day of the training period, the latest allowed end time.</summary>
    public DateTime PeriodEnd { get; } = plan.TrainingEnd!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public string PeriodText { get; } = $"{plan.TrainingStart:yyyy-MM-dd}至{plan.TrainingEnd:yyyy-MM-dd}";
}

/// <summary>
/// Reads a learning-record sheet: the template or a platform export with the same headers in any order, under any
/// title rows. Rows are read one at a time into compact values; blank and formatting-only rows are skipped.
/// </summary>
public static class LearningSheetReader
{
    /// <summary>Errors listed in full; more are counted but not listed, so a wrong file cannot flood the page.</summary>
    public const int MaxListedErrors = 1000;

    private const int ProgressEvery = 1000;

    public static LearningSheet Read(
        XLWorkbook workbook,
        LearningPlanFacts facts,
        IProgress<LearningImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var sheet = FindSheet(workbook);
        if (sheet is null)
        {
            return FileFailure("工作簿中没有可见的工作表。请在Excel中取消隐藏“职工学习记录表”后重新导入。");
        }

        var header = SheetLayout.FindHeaderRow(sheet, Required);
        if (header is null)
        {
            return FileFailure(
                $"工作表“{sheet.Name}”的前{SheetLayout.HeaderSearchRows}行中找不到完整的表头。表头必须包含：" +
                $"{string.Join("、", Required)}。请下载本页的学习记录模板，或核对平台导出表格的表头。");
        }

        var accountColumn = FindOptionalColumn(sheet, header.RowNumber, PlatformAccount);
        var rowReader = new LearningRowReader(sheet.Name, header, accountColumn, facts);
        var lastRow = SheetLayout.LastRowNumber(sheet);
        var total = Math.Max(lastRow - header.RowNumber, 0);
        var rows = new List<LearningRow>(total);
        for (var rowNumber = header.RowNumber + 1; rowNumber <= lastRow; rowNumber++)
        {
            if ((rowNumber - header.RowNumber) % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new LearningImportProgress(LearningImportStage.Reading, rowNumber - header.RowNumber, total));
            }

            if (rowReader.TryRead(sheet.Row(rowNumber), out var row))
            {
                rows.Add(row);
            }
        }

        progress?.Report(new LearningImportProgress(LearningImportStage.Reading, total, total));
        if (rowReader.ErrorCount == 0 && rows.Count == 0)
        {
            return FileFailure($"工作表“{sheet.Name}”的表头下没有数据行。请填写学习记录后重新导入。");
        }

        return rowReader.ErrorCount == 0
            ? new LearningSheet(rows, [], 0, null)
            : new LearningSheet([], rowReader.Errors, rowReader.ErrorCount, null);
    }

    /// <summary>The visible sheet named 职工学习记录表, or else the first visible sheet.</summary>
    private static IXLWorksheet? FindSheet(XLWorkbook workbook)
    {
        if (workbook.TryGetWorksheet(SheetName, out var named) && named.Visibility == XLWorksheetVisibility.Visible)
        {
            return named;
        }

        return SheetLayout.FirstVisibleSheet(workbook);
    }

    private static int? FindOptionalColumn(IXLWorksheet sheet, int headerRow, string headerText)
    {
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var column = 1; column <= lastColumn; column++)
        {
            if (SheetLayout.NormalizeHeader(sheet.Cell(headerRow, column).GetString()) == headerText)
            {
                return column;
            }
        }

        return null;
    }

    private static LearningSheet FileFailure(string message) => new([], [], 0, message);
}
