using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

public sealed class LearningImportTests
{
    [Fact]
    public async Task ImportValidRowsSavesEveryRow()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(0), fixture.ValidRow(1)]));

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        Assert.Equal(2, result.ImportedRows);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(2, await db.LearningRecords.CountAsync(record => record.IsCurrent));
        Assert.Equal(1, await db.LearningImportBatches.CountAsync());
    }

    [Fact]
    public async Task ImportNumericIdIsRejected()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var row = fixture.ValidRow();
        row[1] = 120101199001011234d;

        var result = await fixture.ImportAsync(LearningWorkbook.Build([row]));

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.RowNumber);
        Assert.Equal(LearningColumns.IdNumber, error.Column);
        Assert.Contains("“文本”", error.Reason);
    }

    [Fact]
    public async Task ImportLowercaseXAndFullWidthDigitsMatchTrainee()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var id = fixture.Trainee(0).IdNumber;
        var typed = "\u200B" + string.Concat(id[..4].Select(c => (char)(c - '0' + '０'))) + id[4..].ToLowerInvariant() + " ";
        var row = fixture.ValidRow();
        row[1] = typed;

        var result = await fixture.ImportAsync(LearningWorkbook.Build([row]));

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
    }

    [Fact]
    public async Task ImportTitleRowsAndMergedCellsFindsHeader()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow()], headerRow: 3, edit: sheet =>
        {
            sheet.Range(1, 1, 1, 8).Merge().FirstCell().SetValue("某某平台学习记录导出");
            sheet.Range(2, 1, 2, 4).Merge().FirstCell().SetValue("导出时间：2020-03-21");
        });

        var result = await fixture.ImportAsync(content);

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(4, (await db.LearningRecords.SingleAsync()).SourceRowNumber);
    }

    [Fact]
    public async Task ImportHeadersInAnotherOrderReadsByHeader()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var trainee = fixture.Trainee(0);
        string[] headers = ["学时", "课程名称", "完成状态", "学习结束时间", "身份证号", "学习开始时间", "姓名"];
        object?[] row = [1.5, "安全生产", "未完成", "2020-03-11 10:30", trainee.IdNumber, "2020-03-11 09:00", trainee.Name];

        var result = await fixture.ImportAsync(LearningWorkbook.Build([row], headers));

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        var record = await db.LearningRecords.SingleAsync();
        Assert.Equal(1.5m, record.Hours);
        Assert.False(record.Completed);
        Assert.Null(record.PlatformAccount);
        Assert.Equal(new DateTime(2020, 3, 11, 10, 30, 0), record.EndedAt);
    }

    [Theory]
    [InlineData("2020-03-10 09:00", "2020-03-10 09:00")]
    [InlineData("2020/3/10 9:00", "2020-03-10 09:00")]
    [InlineData("2020.3.10 09:00:00", "2020-03-10 09:00")]
    [InlineData("2020年3月10日 9:00", "2020-03-10 09:00")]
    [InlineData("2020年3月10日9:05", "2020-03-10 09:05")]
    [InlineData("2020/3/10", "2020-03-10 00:00")]
    [InlineData("２０２０－０３－１０　０９：００", "2020-03-10 09:00")]
    public async Task ImportTextDateFormatsAreRead(string text, string expected)
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(start: text)]));

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        var record = await db.LearningRecords.SingleAsync();
        Assert.Equal(expected, record.StartedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ImportSerialNumberAndDateCellsAreRead()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var row = fixture.ValidRow();
        row[3] = new DateTime(2020, 3, 10, 9, 0, 0).ToOADate();
        row[4] = new DateTime(2020, 3, 10, 11, 30, 0);

        var result = await fixture.ImportAsync(LearningWorkbook.Build([row]));

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        var record = await db.LearningRecords.SingleAsync();
        Assert.Equal(new DateTime(2020, 3, 10, 9, 0, 0), record.StartedAt);
        Assert.Equal(new DateTime(2020, 3, 10, 11, 30, 0), record.EndedAt);
    }

    [Theory]
    [InlineData("2020-02-30 09:00")]
    [InlineData("3/10/2020 09:00")]
    [InlineData("2020-03-10 25:00")]
    [InlineData("明天上午")]
    public async Task ImportBadDateIsRowError(string text)
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(), fixture.ValidRow(1, start: text)]));

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.RowNumber);
        Assert.Equal(LearningColumns.StartedAt, error.Column);
        Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormKC), error.Value);
    }

    [Fact]
    public async Task ImportSkipsBlankRowsKeepsLastRow()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow(0), [null, "", null], fixture.ValidRow(1)], edit: sheet =>
        {
            sheet.Range(3, 1, 3, 8).Style.Fill.BackgroundColor = XLColor.Yellow;
            sheet.Range(5, 1, 40, 8).Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        });

        var result = await fixture.ImportAsync(content);

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        var rows = await db.LearningRecords.Select(record => record.SourceRowNumber).OrderBy(row => row).ToListAsync();
        Assert.Equal([2, 4], rows);
    }

    [Fact]
    public async Task ImportFormulaWithoutCachedValueIsReported()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow(hours: "")], edit: sheet => sheet.Cell(2, 6).FormulaA1 = "1+1");

        var result = await fixture.ImportAsync(content);

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(LearningColumns.Hours, error.Column);
        Assert.Contains("公式", error.Reason);
    }

    [Fact]
    public async Task ImportFormulaWithCachedValueUsesCachedValue()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow(hours: "")], edit: sheet => sheet.Cell(2, 6).FormulaA1 = "1+2");
        content = XlsxParts.AddCachedValue(content, "F2", "1.5");

        var result = await fixture.ImportAsync(content);

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(1.5m, (await db.LearningRecords.SingleAsync()).Hours);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    public async Task ImportNonXlsxContentIsRejected(byte[] content)
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(content, "学习记录.xlsx");

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        Assert.Contains(".xls", result.Message);
    }

    [Fact]
    public async Task ImportUnknownTraineeAndCourseAreRowErrors()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var stranger = LearningWorkbook.Row("陌生人", "11010519491231002X", "焊接工艺", "2020-03-10 09:00", "2020-03-10 10:00", 1.0);
        var badCourse = fixture.ValidRow(1);
        badCourse[2] = "烹饪";

        var result = await fixture.ImportAsync(LearningWorkbook.Build([stranger, badCourse]));

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal((2, LearningColumns.IdNumber), (result.Errors[0].RowNumber, result.Errors[0].Column));
        Assert.Equal("110105********002X", result.Errors[0].Value);
        Assert.Equal((3, LearningColumns.Course), (result.Errors[1].RowNumber, result.Errors[1].Column));
        Assert.Contains("焊接工艺", result.Errors[1].Reason);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public async Task ImportHoursNotPositiveIsRowError(double hours)
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(hours: hours)]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(LearningColumns.Hours, error.Column);
    }

    [Theory]
    [InlineData("2020-03-08 09:00", "2020-03-08 10:00")]
    [InlineData("2020-03-20 23:00", "2020-03-21 01:00")]
    public async Task ImportOutsidePeriodIsRowError(string start, string end)
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(start: start, end: end)]));

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Errors, error => error.Reason.Contains("2020-03-09至2020-03-20"));
    }

    [Fact]
    public async Task ImportEndBeforeStartIsRowError()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build(
            [fixture.ValidRow(start: "2020-03-10 11:00", end: "2020-03-10 09:00")]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(LearningColumns.EndedAt, error.Column);
    }

    [Fact]
    public async Task ImportOneBadRowSavesNothing()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var rows = Enumerable.Range(0, 5).Select(index => fixture.ValidRow(index)).ToList();
        rows.Add(fixture.ValidRow(5, hours: "两小时"));

        var result = await fixture.ImportAsync(LearningWorkbook.Build(rows));

        Assert.Equal(LearningImportOutcome.Rejected, result.Outcome);
        Assert.Equal(1, result.TotalErrorCount);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(0, await db.LearningRecords.CountAsync());
        Assert.Equal(0, await db.LearningImportBatches.CountAsync());
    }

    [Fact]
    public async Task ImportSameFileTwiceChangesNothing()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow(0), fixture.ValidRow(1)]);
        await fixture.ImportAsync(content);

        var again = await fixture.ImportAsync(content);

        Assert.Equal(LearningImportOutcome.NoChange, again.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(2, await db.LearningRecords.CountAsync());
        Assert.Equal(1, await db.LearningImportBatches.CountAsync());
    }

    [Fact]
    public async Task ImportSameRowsInAnotherFileChangesNothing()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(0), fixture.ValidRow(1)]));

        var reordered = LearningWorkbook.Build([fixture.ValidRow(1), fixture.ValidRow(0)], headerRow: 2,
            edit: sheet => sheet.Cell(1, 1).SetValue("学习记录"));
        var again = await fixture.ImportAsync(reordered);

        Assert.Equal(LearningImportOutcome.NoChange, again.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(2, await db.LearningRecords.CountAsync());
    }

    [Fact]
    public async Task ImportCorrectedFileSupersedesAndKeepsHistory()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(0), fixture.ValidRow(1)]));

        var corrected = await fixture.ImportAsync(LearningWorkbook.Build(
            [fixture.ValidRow(0, end: "2020-03-10 12:00", hours: 3.0), fixture.ValidRow(1)]));

        Assert.Equal(LearningImportOutcome.Imported, corrected.Outcome);
        Assert.Equal(1, corrected.ImportedRows);
        Assert.Equal(1, corrected.SupersededRows);
        await using var db = fixture.Database.CreateDbContext();
        var traineeId = fixture.Trainee(0).Id;
        var history = await db.LearningRecords.Where(record => record.TraineeId == traineeId)
            .OrderBy(record => record.Id).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.False(history[0].IsCurrent);
        Assert.Equal(history[1].ImportBatchId, history[0].SupersededByBatchId);
        Assert.True(history[1].IsCurrent);
        Assert.Equal(3m, history[1].Hours);
        Assert.Equal(2, await db.LearningRecords.CountAsync(record => record.IsCurrent));
    }

    [Fact]
    public async Task ImportDuplicateSessionIsRowError()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(0), fixture.ValidRow(0)]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.RowNumber);
        Assert.Contains("第2行", error.Reason);
    }

    [Fact]
    public async Task ImportSheetNamedForLearningIsPreferred()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        using var workbook = new XLWorkbook(new MemoryStream(LearningWorkbook.Build([fixture.ValidRow()])));
        workbook.AddWorksheet("说明").SetValue("无关内容");
        workbook.Worksheet("说明").Position = 1;
        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var result = await fixture.ImportAsync(output.ToArray());

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
    }

    [Fact]
    public async Task ImportOtherEnterpriseOrReviewerIsDenied()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var content = LearningWorkbook.Build([fixture.ValidRow()]);
        var other = new UserScope("other", "别家", Roles.EnterpriseUser, fixture.Enterprise.Id + 100, null);
        var reviewer = new UserScope("rev", "审核员", Roles.DistrictReviewer, null, fixture.Enterprise.DistrictCode);

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Service.ImportAsync(
            other, fixture.Plan.Id, new MemoryStream(content), "a.xlsx", null, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Service.ImportAsync(
            reviewer, fixture.Plan.Id, new MemoryStream(content), "a.xlsx", null, CancellationToken.None));
    }

    [Fact]
    public async Task ImportCancelledBeforeSaveSavesNothing()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(report =>
        {
            if (report.Stage == LearningImportStage.Reading)
            {
                cancellation.Cancel();
            }
        });
        var rows = Enumerable.Range(0, 6).Select(index => fixture.ValidRow(index)).ToList();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Service.ImportAsync(fixture.Owner,
            fixture.Plan.Id, new MemoryStream(LearningWorkbook.Build(rows)), "a.xlsx", progress, cancellation.Token));

        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(0, await db.LearningRecords.CountAsync());
    }

    private sealed class SynchronousProgress(Action<LearningImportProgress> report) : IProgress<LearningImportProgress>
    {
        public void Report(LearningImportProgress value) => report(value);
    }
}
