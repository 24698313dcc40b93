using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class MedicalProducerListTests
{
    private static MemoryStream Workbook(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("名单");
        sheet.Cell(1, 1).Value = "重要医用物资生产企业名单";
        string[] headers = ["统一社会信用代码", "企业名称", "认定日期", "认定文件"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(2, i + 1).Value = headers[i];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 3, c + 1);
                switch (rows[r][c])
                {
                    case double number:
                        cell.Value = number;
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                }
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task ImportWithBadRowSavesNothing()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var good = UnifiedSocialCreditCodeTests.Generate(new Random(1));
        using var file = Workbook(
            [good, "天津某医疗器械有限公司", "2020-02-05", "津工信〔2020〕12号"],
            [911201161234567890d, "数字代码企业", "2020-02-05", "津工信〔2020〕12号"],
            [good, "重复企业", "2020.2.6", "津工信〔2020〕13号"],
            ["", "", "", ""]);

        var (added, errors) = await context.Designations.ImportAsync(WorkBasedTestContext.Admin, file, TestContext.Current.CancellationToken);

        Assert.Equal(0, added);
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "统一社会信用代码" && e.Reason.Contains("文本", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Reason.Contains("重复", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
        await using var db = context.Database.CreateDbContext();
        Assert.Equal(0, await db.MedicalProducerDesignations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ImportListsRegisteredEnterprise()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync(listed: false);
        using var file = Workbook([enterprise.CreditCode, "", "2020-02-05", "津工信〔2020〕12号"]);

        var (added, errors) = await context.Designations.ImportAsync(WorkBasedTestContext.Admin, file, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
        Assert.Equal(1, added);
        await using var db = context.Database.CreateDbContext();
        Assert.True((await db.Enterprises.SingleAsync(e => e.Id == enterprise.Id, TestContext.Current.CancellationToken)).IsMedicalSuppliesProducer);
    }

    [Fact]
    public async Task RemovalClearsFlagAndKeepsRecord()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync(listed: false);
        var errors = await context.Designations.AddAsync(WorkBasedTestContext.Admin, new DesignationRequest
        {
            CreditCode = enterprise.CreditCode, DesignatedOn = new DateOnly(2020, 2, 5), DesignationDocument = "津工信〔2020〕12号",
        }, TestContext.Current.CancellationToken);
        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        var entry = (await context.Designations.ListAsync(WorkBasedTestContext.Admin, TestContext.Current.CancellationToken)).Single();

        await context.Designations.RemoveAsync(WorkBasedTestContext.Admin, entry.Id, "认定文件已撤销", TestContext.Current.CancellationToken);

        await using var db = context.Database.CreateDbContext();
        Assert.False((await db.Enterprises.SingleAsync(e => e.Id == enterprise.Id, TestContext.Current.CancellationToken)).IsMedicalSuppliesProducer);
        Assert.NotNull((await db.MedicalProducerDesignations.SingleAsync(TestContext.Current.CancellationToken)).RemovedAt);
    }

    [Fact]
    public async Task ListedCodeAppliesOnLaterRegistration()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var code = UnifiedSocialCreditCodeTests.Generate(new Random(7));
        await context.Designations.AddAsync(WorkBasedTestContext.Admin, new DesignationRequest
        {
            CreditCode = code, EnterpriseName = "天津后注册医疗用品有限公司", DesignatedOn = new DateOnly(2020, 2, 5),
            DesignationDocument = "津工信〔2020〕12号",
        }, TestContext.Current.CancellationToken);
        var enterprise = await Support.PlanBuilder.AddEnterpriseAsync(context.Database, creditCode: code);

        var overview = await context.Applications.GetOverviewAsync(WorkBasedTestContext.EnterpriseUser(enterprise), TestContext.Current.CancellationToken);

        Assert.True(overview.IsListed);
    }

    [Fact]
    public async Task OnlyAdminChangesList()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Designations.ListAsync(WorkBasedTestContext.Reviewer(), TestContext.Current.CancellationToken));
    }
}
