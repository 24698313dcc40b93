using ClosedXML.Excel;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class WorkerImportTests
{
    private static readonly string MaleId = ResidentIdNumberTests.WithCheck("12011619900101123");
    private static readonly string FemaleId = ResidentIdNumberTests.WithCheck("12011619920202124");

    /// <summary>Fills the offered template from row 3, the first row under its headers.</summary>
    private static MemoryStream Template(params object[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(WorkerTemplate.Create()));
        var sheet = workbook.Worksheet(1);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 3, c + 1);
                if (rows[r][c] is double number)
                {
                    cell.Value = number;
                }
                else
                {
                    cell.SetValue((string)rows[r][c]);
                }
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static object[] Row(string name, object id, string gender, string month) =>
        [name, id, gender, "13812345678", "新入职", "2020-01-20", "口罩生产线操作工", month, "3200"];

    [Fact]
    public async Task ValidTemplateReplacesWorkers()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        using var file = Template(Row("张三", MaleId, "男", "2020-02"), Row("李梅", FemaleId, "女", "2020.3"));

        var errors = await context.Applications.ImportWorkersAsync(scope, id, file, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
        var application = await context.Applications.GetAsync(scope, id, TestContext.Current.CancellationToken);
        Assert.Equal(2, application.Workers.Count);
        Assert.Contains(application.Workers, w => w.Name == "李梅" && w.Months.Single().Month == "2020-03");
    }

    [Fact]
    public async Task BadRowsImportNothing()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        using var file = Template(
            Row("张三", MaleId, "男", "2020-02"),
            Row("王五", 120116199001011000d, "男", "2020-02"),
            Row("张三", MaleId, "男", "2020-03"),
            Row("李梅", FemaleId, "男", "2020-07"));

        var errors = await context.Applications.ImportWorkersAsync(scope, id, file, TestContext.Current.CancellationToken);

        Assert.Contains(errors, e => e.Row == 4 && e.Column == WorkerTemplate.IdHeader
            && e.Reason.Contains("设置为“文本”格式", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Reason.Contains("与第3行是同一名职工", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Reason.Contains("第17位不一致", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Reason.Contains("不在疫情防控期间", StringComparison.Ordinal));
        var application = await context.Applications.GetAsync(scope, id, TestContext.Current.CancellationToken);
        Assert.Empty(application.Workers);
    }

    [Fact]
    public async Task NonWorkbookIsRejected()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        using var file = new MemoryStream("姓名,身份证号"u8.ToArray());

        var errors = await context.Applications.ImportWorkersAsync(scope, id, file, TestContext.Current.CancellationToken);

        Assert.Contains("不是有效的Excel工作簿", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }
}
