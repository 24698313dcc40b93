using System.Globalization;
using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;
using TrainingSubsidy.Core.Validation;
using static TrainingSubsidy.Core.OnlineTraining.Learning.LearningColumns;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Checks one row at a time and collects the errors. It also finds a session repeated in another row.</summary>
internal sealed class LearningRowReader(string sheetName, HeaderRow header, int? accountColumn, LearningPlanFacts facts)
{
    private readonly List<LearningImportError> _errors = [];
    private readonly Dictionary<(int, int, DateTime, DateTime), int> _firstRowBySession = [];
    private readonly int[] _columns = [.. Required.Select(header.ColumnOf), .. accountColumn is { } c ? [c] : Array.Empty<int>()];

    public IReadOnlyList<LearningImportError> Errors => _errors;

    public int ErrorCount { get; private set; }

    public bool TryRead(IXLRow row, out LearningRow result)
    {
        result = default;
        var rowNumber = row.RowNumber();
        var values = new CellValue[_columns.Length];
        var blank = true;
        for (var index = 0; index < _columns.Length; index++)
        {
            values[index] = CellValues.Read(row.Cell(_columns[index]));
            blank &= values[index].Kind is CellValueKind.Blank or CellValueKind.BlankFormula;
        }

        if (blank)
        {
            return false;
        }

        var errorsBefore = ErrorCount;
        var trainee = ReadTrainee(rowNumber, values[0], values[1]);
        var course = ReadCourse(rowNumber, values[2]);
        var startedAt = ReadTime(rowNumber, StartedAt, values[3]);
        var endedAt = ReadTime(rowNumber, EndedAt, values[4]);
        var hours = ReadHours(rowNumber, values[5]);
        var completed = ReadStatus(rowNumber, values[6]);
        var account = accountColumn is null ? null : values[7].Text;
        if (account is { Length: > 100 })
        {
            AddError(rowNumber, PlatformAccount, account, "平台学员账号超过100个字符。请核对后重新填写。");
        }

        if (startedAt is { } start && endedAt is { } end)
        {
            CheckPeriod(rowNumber, start, end, values[3].Text, values[4].Text);
        }

        if (ErrorCount > errorsBefore)
        {
            return false;
        }

        var key = (trainee!.Id, course!.Id, startedAt!.Value, endedAt!.Value);
        if (_firstRowBySession.TryGetValue(key, out var firstRow))
        {
            AddError(rowNumber, StartedAt, values[3].Text,
                $"与第{firstRow}行是同一职工、同一课程、同一时段的重复记录。请删除其中一行。");
            return false;
        }

        _firstRowBySession[key] = rowNumber;
        result = new LearningRow(rowNumber, trainee.Id, course.Id, startedAt.Value, endedAt.Value, hours!.Value,
            completed!.Value, string.IsNullOrEmpty(account) ? null : account);
        return true;
    }

    private Trainee? ReadTrainee(int rowNumber, CellValue name, CellValue id)
    {
        if (RejectBlankFormula(rowNumber, IdNumber, id))
        {
            return null;
        }

        if (id.IsBlank)
        {
            AddError(rowNumber, IdNumber, string.Empty, "身份证号为空。请填写该职工的18位身份证号。");
            return null;
        }

        if (CellReader.IsIdentifierStoredAsNumber(new CellText(id.Text, id.Kind == CellValueKind.Number)))
        {
            AddError(rowNumber, IdNumber, id.Text,
                "身份证号被Excel存成了数值，末尾几位可能已丢失。请把身份证号列的单元格格式设置为“文本”，再重新输入身份证号。");
            return null;
        }

        var normalized = TextNormalizer.NormalizeIdentifier(id.Text);
        if (!facts.TraineesByIdNumber.TryGetValue(normalized, out var trainee))
        {
            AddError(rowNumber, IdNumber, ResidentIdNumber.Mask(normalized),
                "该身份证号不在本培训计划的参训职工名单中。请核对身份证号，或删除不属于本计划的职工。");
            return null;
        }

        var typedName = TextNormalizer.NormalizeText(name.Text).Trim();
        if (typedName.Length > 0 && typedName != trainee.Name)
        {
            AddError(rowNumber, Name, typedName,
                $"姓名与名单中该身份证号的职工“{trainee.Name}”不一致。请核对姓名和身份证号。");
            return null;
        }

        return trainee;
    }

    private Course? ReadCourse(int rowNumber, CellValue value)
    {
        if (RejectBlankFormula(rowNumber, LearningColumns.Course, value))
        {
            return null;
        }

        if (facts.CoursesByName.TryGetValue(value.Text, out var course))
        {
            return course;
        }

        AddError(rowNumber, LearningColumns.Course, value.Text,
            $"课程名称不在本培训计划中。请从计划的课程中选择：{string.Join("、", facts.CoursesByName.Keys)}。");
        return null;
    }

    private DateTime? ReadTime(int rowNumber, string column, CellValue value)
    {
        if (RejectBlankFormula(rowNumber, column, value))
        {
            return null;
        }

        DateTime parsed;
        var ok = value.Kind switch
        {
            CellValueKind.DateTime => SpreadsheetDateTimes.TryFromSerial(value.DateTime.ToOADate(), out parsed),
            CellValueKind.Number => SpreadsheetDateTimes.TryFromSerial(value.Number, out parsed),
            CellValueKind.Text => SpreadsheetDateTimes.TryParse(value.Text, out parsed),
            _ => Fail(out parsed),
        };
        if (!ok)
        {
            AddError(rowNumber, column, value.Text,
                $"{column}无效。请写成 2020-03-09 09:00 的格式（也可写 2020/3/9 9:00、2020.3.9 9:00 或 2020年3月9日 9:00）。");
            return null;
        }

        return parsed;
    }

    private decimal? ReadHours(int rowNumber, CellValue value)
    {
        if (RejectBlankFormula(rowNumber, Hours, value))
        {
            return null;
        }

        decimal hours = 0;
        var ok = value.Kind switch
        {
            CellValueKind.Number => value.Number is > 0 and < 10000,
            CellValueKind.Text => decimal.TryParse(value.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out hours),
            _ => false,
        };
        if (ok && value.Kind == CellValueKind.Number)
        {
            hours = (decimal)value.Number;
        }

        if (!ok || hours <= 0 || hours >= 10000)
        {
            AddError(rowNumber, Hours, value.Text, "学时必须是大于0的数字，例如 2 或 1.5。请改正后重新导入。");
            return null;
        }

        return Math.Round(hours, 2);
    }

    private bool? ReadStatus(int rowNumber, CellValue value)
    {
        if (RejectBlankFormula(rowNumber, Status, value))
        {
            return null;
        }

        switch (value.Text)
        {
            case LearningColumns.Completed:
                return true;
            case NotCompleted:
                return false;
            default:
                AddError(rowNumber, Status, value.Text, "完成状态只能是“已完成”或“未完成”。请从下拉列表选择。");
                return null;
        }
    }

    private void CheckPeriod(int rowNumber, DateTime start, DateTime end, string startText, string endText)
    {
        if (start >= end)
        {
            AddError(rowNumber, EndedAt, endText, $"学习结束时间不晚于开始时间（{startText}）。请核对两个时间。");
        }

        if (start < facts.PeriodStart || start >= facts.PeriodEnd)
        {
            AddError(rowNumber, StartedAt, startText, $"学习开始时间不在培训期间（{facts.PeriodText}）内。请核对日期。");
        }

        if (end <= facts.PeriodStart || end > facts.PeriodEnd)
        {
            AddError(rowNumber, EndedAt, endText, $"学习结束时间不在培训期间（{facts.PeriodText}）内。请核对日期。");
        }
    }

    private bool RejectBlankFormula(int rowNumber, string column, CellValue value)
    {
        if (value.Kind != CellValueKind.BlankFormula)
        {
            return false;
        }

        AddError(rowNumber, column, "（公式）",
            "该单元格是公式，但文件中没有保存计算结果。请在Excel或WPS中打开文件、确认公式显示了结果后保存，再重新导入；或把公式改为数值。");
        return true;
    }

    private void AddError(int rowNumber, string column, string value, string reason)
    {
        ErrorCount++;
        if (_errors.Count < LearningSheetReader.MaxListedErrors)
        {
            _errors.Add(new LearningImportError(sheetName, rowNumber, column, value, reason));
        }
    }

    private static bool Fail(out DateTime value)
    {
        value = default;
        return false;
    }
}
