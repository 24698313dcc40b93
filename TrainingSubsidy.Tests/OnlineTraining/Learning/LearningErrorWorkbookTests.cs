using ClosedXML.Excel;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

public sealed class LearningErrorWorkbookTests
{
    [Fact]
    public async Task ErrorFileListsRowColumnValueReason()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var result = await fixture.ImportAsync(LearningWorkbook.Build(
            [fixture.ValidRow(0), fixture.ValidRow(1, start: "2020.13.01 09:00")]));

        using var workbook = new XLWorkbook(new MemoryStream(
            LearningErrorWorkbook.Build(result.Errors, result.TotalErrorCount)));

        var sheet = workbook.Worksheet(1);
        Assert.Equal(["工作表", "行号", "列", "值", "原因"], Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(LearningColumns.SheetName, sheet.Cell(2, 1).GetString());
        Assert.Equal(3, sheet.Cell(2, 2).GetDouble());
        Assert.Equal(LearningColumns.StartedAt, sheet.Cell(2, 3).GetString());
        Assert.Equal("2020.13.01 09:00", sheet.Cell(2, 4).GetString());
        Assert.Contains("2020-03-09 09:00", sheet.Cell(2, 5).GetString(), StringComparison.Ordinal);
        Assert.Equal(2, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public void ErrorFileNotesUnlistedErrors()
    {
        var errors = new[] { new LearningImportError("表", 5, "学时", "-1", "学时必须大于0") };

        using var workbook = new XLWorkbook(new MemoryStream(LearningErrorWorkbook.Build(errors, 1500)));

        Assert.Contains("共1500处错误", workbook.Worksheet(1).Cell(4, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxNamedXlsIsReadByContent()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();

        var result = await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow()]), "学习记录.xls");

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
    }
}
