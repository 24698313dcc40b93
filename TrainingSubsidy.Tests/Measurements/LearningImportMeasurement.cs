using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Tests.OnlineTraining.Learning;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Measurements;

/// <summary>
/// Times a 50,000-row learning-record import and samples memory while it runs. It is a measurement, not a check of
/// behaviour, so it runs only when explicit tests are requested. The command and the recorded numbers are in
/// docs/benchmarks/learning-record-import.md.
/// </summary>
public sealed class LearningImportMeasurement
{
    private const int TraineeCount = 1000;
    private const int SessionsPerPair = 25;

    [Fact(Explicit = true)]
    public async Task Import50000Rows()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(TraineeCount);
        var content = BuildSheet(fixture);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        var baselineHeap = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var baselineWorkingSet = process.WorkingSet64;
        using var sampler = new MemorySampler(process);
        var stopwatch = Stopwatch.StartNew();

        var result = await fixture.ImportAsync(content);

        stopwatch.Stop();
        sampler.Stop();
        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        Assert.Equal(TraineeCount * 2 * SessionsPerPair, result.ImportedRows);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(result.ImportedRows, await db.LearningRecords.CountAsync());

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine(FormattableString.Invariant(
            $"rows={result.ImportedRows} file={content.Length / 1024} KB elapsed={stopwatch.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(FormattableString.Invariant(
            $"managed heap: baseline={baselineHeap / 1048576} MB peak={sampler.PeakHeap / 1048576} MB"));
        output.WriteLine(FormattableString.Invariant(
            $"working set: baseline={baselineWorkingSet / 1048576} MB peak={sampler.PeakWorkingSet / 1048576} MB"));
    }

    /// <summary>1,000 trainees, 2 courses, 25 two-hour sessions per pair spread over the 12-day period.</summary>
    private static byte[] BuildSheet(LearningImportFixture fixture)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(LearningColumns.SheetName);
        for (var column = 0; column < LearningWorkbook.Headers.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(LearningWorkbook.Headers[column]);
        }

        var row = 2;
        string[] courses = ["焊接工艺", "安全生产"];
        foreach (var trainee in fixture.Plan.Trainees)
        {
            for (var courseIndex = 0; courseIndex < courses.Length; courseIndex++)
            {
                for (var session = 0; session < SessionsPerPair; session++)
                {
                    var start = new DateTime(2020, 3, 9, 6, 0, 0).AddDays(session % 12)
                        .AddHours(courseIndex * 8 + session / 12 * 2);
                    sheet.Cell(row, 1).SetValue(trainee.Name);
                    sheet.Cell(row, 2).SetValue(trainee.IdNumber).DataType = XLDataType.Text;
                    sheet.Cell(row, 3).SetValue(courses[courseIndex]);
                    sheet.Cell(row, 4).SetValue(start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                        .DataType = XLDataType.Text;
                    sheet.Cell(row, 5).SetValue(start.AddHours(2).ToOADate());
                    sheet.Cell(row, 5).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
                    sheet.Cell(row, 6).SetValue(2);
                    sheet.Cell(row, 7).SetValue(LearningColumns.Completed);
                    sheet.Cell(row, 8).SetValue($"acct{row}");
                    row++;
                }
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private sealed class MemorySampler : IDisposable
    {
        private readonly Process _process;
        private readonly Timer _timer;

        public MemorySampler(Process process)
        {
            _process = process;
            _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
        }

        public long PeakHeap { get; private set; }

        public long PeakWorkingSet { get; private set; }

        public void Stop()
        {
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
            Sample();
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            lock (_process)
            {
                _process.Refresh();
                PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
                PeakWorkingSet = Math.Max(PeakWorkingSet, _process.WorkingSet64);
            }
        }
    }
}
