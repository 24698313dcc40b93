using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Exports a plan's learning summary as two sheets: a row per trainee, and a row per course.</summary>
public static class LearningSummaryWorkbook
{
    public static string FileName(string planNumber) => $"学习情况-{planNumber}.xlsx";

    public static byte[] Build(LearningSummary summary)
    {
        using var workbook = new XLWorkbook();
        WriteTrainees(workbook.AddWorksheet("按职工"), summary);
        WriteCourses(workbook.AddWorksheet("按课程"), summary);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteTrainees(IXLWorksheet sheet, LearningSummary summary)
    {
        sheet.Cell(1, 1).SetValue(
            $"{summary.EnterpriseName} 培训计划{summary.PlanNumber} 学习情况（培训期间{summary.TrainingStart:yyyy-MM-dd}至{summary.TrainingEnd:yyyy-MM-dd}）");
        var headers = new List<string> { "姓名", "身份证号" };
        headers.AddRange(summary.Courses.Select(course => $"{course.Name}（计划{course.PlannedHours:0.##}学时）"));
        headers.AddRange(["已学总学时", "计划总学时", "是否达到计划学时"]);
        WriteHeader(sheet, 2, headers);
        sheet.Range(1, 1, 1, headers.Count).Merge();

        var row = 3;
        foreach (var trainee in summary.Trainees)
        {
            sheet.Cell(row, 1).SetValue(trainee.Name);
            sheet.Cell(row, 2).SetValue(trainee.MaskedIdNumber);
            var column = 3;
            foreach (var course in summary.Courses)
            {
                if (trainee.HoursByCourse.TryGetValue(course.CourseId, out var hours))
                {
                    sheet.Cell(row, column).SetValue(hours);
                }

                column++;
            }

            sheet.Cell(row, column).SetValue(trainee.TotalHours);
            sheet.Cell(row, column + 1).SetValue(summary.PlannedHoursPerTrainee);
            sheet.Cell(row, column + 2).SetValue(trainee.TotalHours >= summary.PlannedHoursPerTrainee ? "是" : "否");
            row++;
        }

        SheetFormatting.SetColumnWidthsFromText(sheet);
        sheet.SheetView.FreezeRows(2);
    }

    private static void WriteCourses(IXLWorksheet sheet, LearningSummary summary)
    {
        WriteHeader(sheet, 1, ["课程名称", "计划学时", "有学习记录人数", "达到计划学时人数", "已完成人数", "已学总学时", "参训职工人数"]);
        var row = 2;
        foreach (var course in summary.Courses)
        {
            sheet.Cell(row, 1).SetValue(course.Name);
            sheet.Cell(row, 2).SetValue(course.PlannedHours);
            sheet.Cell(row, 3).SetValue(course.TraineesWithRecords);
            sheet.Cell(row, 4).SetValue(course.TraineesReachingPlan);
            sheet.Cell(row, 5).SetValue(course.TraineesCompleted);
            sheet.Cell(row, 6).SetValue(course.TotalHours);
            sheet.Cell(row, 7).SetValue(summary.Trainees.Count);
            row++;
        }

        SheetFormatting.SetColumnWidthsFromText(sheet);
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteHeader(IXLWorksheet sheet, int rowNumber, List<string> headers)
    {
        for (var column = 1; column <= headers.Count; column++)
        {
            var cell = sheet.Cell(rowNumber, column);
            cell.SetValue(headers[column - 1]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
        }
    }
}
