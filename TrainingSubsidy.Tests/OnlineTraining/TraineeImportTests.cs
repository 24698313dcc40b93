using System.Text;
using ClosedXML.Excel;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.Support.PlanTestContext;
using static TrainingSubsidy.Tests.Support.RosterWorkbook;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class TraineeImportTests
{
    private static readonly DateOnly Today = new(2020, 3, 2);
    private static readonly DateOnly Start = new(2020, 3, 5);

    private static readonly string Adult1 = MakeIdNumber(new DateOnly(1990, 1, 1), 301);
    private static readonly string Adult2 = MakeIdNumber(new DateOnly(1985, 7, 20), 302);
    private static readonly string Adult3 = MakeIdNumber(new DateOnly(1978, 12, 31), 303);

    private static TraineeImportResult Read(byte[] content, params string[] existing) =>
        TraineeImporter.Read(content, Start, Today, existing, 0);

    [Fact]
    public void ValidRosterUnderMergedTitleImportsAllRows()
    {
        var content = FromTemplate(Row("张伟", Adult1), Row("李娜", Adult2), Row("王强", Adult3.ToLowerInvariant()));

        var result = Read(content);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(3, result.Trainees.Count);
        Assert.Equal(Adult3, result.Trainees[2].IdNumber);
        Assert.Equal([0, 1, 2], result.Trainees.Select(t => t.SortOrder));
    }

    [Fact]
    public void NumericIdCellIsRejectedWithTextAdvice()
    {
        var content = FromTemplate(Row("张伟", Adult1), ["李娜", 120101198507203020d, "焊工", "13700001111", "正式", "是"]);

        var result = Read(content);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FirstDataRow + 1, error.RowNumber);
        Assert.Equal(TraineeValidator.IdNumberColumn, error.Column);
        Assert.Contains("文本", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Trainees);
    }

    [Fact]
    public void ScientificNotationTextIdIsRejected()
    {
        var content = FromTemplate(["李娜", "1.20101198507203E+17", "焊工", "13700001111", "正式", "是"]);

        var result = Read(content);

        var error = Assert.Single(result.Errors);
        Assert.Equal(TraineeValidator.IdNumberColumn, error.Column);
        Assert.Contains("文本", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberInTextFormattedIdCellIsRejected()
    {
        // Writing a number into a cell formatted as Text, as a paste from another sheet does.
        var content = FromTemplate(
            sheet => sheet.Cell(FirstDataRow, 2).Value = 120101198507203020d,
            ["李娜", null, "焊工", "13700001111", "正式", "是"]);

        var result = Read(content);

        var error = Assert.Single(result.Errors);
        Assert.Contains("文本", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankFormattedRowIsSkipped()
    {
        var content = FromTemplate(
            sheet => sheet.Range(FirstDataRow + 1, 1, FirstDataRow + 1, 6).Style.Fill.BackgroundColor = XLColor.Yellow,
            Row("张伟", Adult1),
            [null, null, null, null, null, null],
            Row("李娜", Adult2));

        var result = Read(content);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(2, result.Trainees.Count);
    }

    [Fact]
    public void TrailingFormattedRowsKeepLastRow()
    {
        var content = FromTemplate(
            sheet => sheet.Range(FirstDataRow + 2, 1, FirstDataRow + 50, 6).Style.Fill.BackgroundColor = XLColor.Yellow,
            Row("张伟", Adult1),
            Row("李娜", Adult2));

        var result = Read(content);

        Assert.Equal(2, result.Trainees.Count);
        Assert.Equal("李娜", result.Trainees[^1].Name);
    }

    [Fact]
    public void DuplicateIdIsReportedOnSecondRow()
    {
        var content = FromTemplate(Row("张伟", Adult1), Row("张伟", Adult1));

        var result = Read(content);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FirstDataRow + 1, error.RowNumber);
        Assert.Contains($"第{FirstDataRow}行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdAlreadyInPlanIsReported()
    {
        var result = Read(FromTemplate(Row("张伟", Adult1)), Adult1);

        var error = Assert.Single(result.Errors);
        Assert.Contains("已在本计划", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderSixteenAtStartIsRejected()
    {
        // Turns 16 on 2020-03-06, the day after training starts.
        var youngId = MakeIdNumber(new DateOnly(2004, 3, 6), 305);

        var result = Read(FromTemplate(Row("赵六", youngId)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(TraineeValidator.IdNumberColumn, error.Column);
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SixteenOnStartDayIsAccepted()
    {
        var id = MakeIdNumber(new DateOnly(2004, 3, 5), 305);

        var result = Read(FromTemplate(Row("赵六", id)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    [Fact]
    public void InvalidPhoneIsRejected()
    {
        var result = Read(FromTemplate(Row("张伟", Adult1, phone: "1234567")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(TraineeValidator.PhoneColumn, error.Column);
    }

    [Fact]
    public void LandlineAndNumericMobileAreAccepted()
    {
        var content = FromTemplate(
            Row("张伟", Adult1, phone: "022-23456789"),
            ["李娜", Adult2, "焊工", 13712345678d, "劳务派遣", "是"]);

        var result = Read(content);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("13712345678", result.Trainees[1].Phone);
        Assert.Equal(EmploymentType.Dispatched, result.Trainees[1].EmploymentType);
    }

    [Fact]
    public void UninsuredTraineeIsRejected()
    {
        var result = Read(FromTemplate(Row("张伟", Adult1, insured: "否")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(TraineeValidator.InsuredColumn, error.Column);
    }

    [Fact]
    public void UnknownChoiceNamesTheValue()
    {
        var result = Read(FromTemplate(["张伟", Adult1, "焊工", "13700001111", "合同工", "是"]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(TraineeValidator.EmploymentTypeColumn, error.Column);
        Assert.Contains("合同工", error.Message, StringComparison.Ordinal);
        Assert.Contains("劳务派遣", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadRowIsReported()
    {
        var content = FromTemplate(
            Row("张伟", Adult1),
            Row("李娜", "120101198507203021"),
            Row("王强", Adult3, phone: "abc"),
            Row("赵", Adult2));

        var result = Read(content);

        Assert.Empty(result.Trainees);
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal([FirstDataRow + 1, FirstDataRow + 2, FirstDataRow + 3], result.Errors.Select(e => e.RowNumber));
        Assert.All(result.Errors, e => Assert.Equal(TraineeTemplate.RosterSheetName, e.Sheet));
    }

    [Fact]
    public void NonXlsxContentGetsFileError()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 not a workbook");
        var csv = Encoding.UTF8.GetBytes("姓名,身份证号\n张伟," + Adult1);

        Assert.Contains(".xlsx", Read(pdf).FileError, StringComparison.Ordinal);
        Assert.NotNull(Read(csv).FileError);
        Assert.NotNull(Read([]).FileError);
    }

    [Fact]
    public void MissingHeaderGetsFileError()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell(1, 1).Value = "名单";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var result = Read(stream.ToArray());

        Assert.Contains("表头", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyRosterGetsFileError()
    {
        Assert.NotNull(Read(FromTemplate()).FileError);
    }

    [Fact]
    public async Task ImportSavesAllOrNothing()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var bad = FromTemplate(Row("王强", Adult3), Row("赵六", Adult1, phone: "123"));
        var good = FromTemplate(Row("王强", Adult3), Row("赵六", Adult1));

        var rejected = await context.Drafts.ImportTraineesAsync(context.BinhaiUser, plan.Id, version, bad);
        var afterRejected = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);
        var accepted = await context.Drafts.ImportTraineesAsync(context.BinhaiUser, plan.Id, version, good);
        var afterAccepted = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.False(rejected.Succeeded);
        Assert.Single(rejected.RowErrors);
        Assert.Equal(2, afterRejected.Trainees.Count);
        Assert.True(accepted.Succeeded);
        Assert.Equal(4, afterAccepted.Trainees.Count);
    }
}
