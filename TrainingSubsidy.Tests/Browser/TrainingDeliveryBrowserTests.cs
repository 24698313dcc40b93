using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class TrainingDeliveryBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RecordsEvidenceAndDeniedSpotCheck()
    {
        BrowserFixture.SkipWithoutBrowser();
        var (planId, start) = await SeedApprovedPlanAsync(fixture.Server.DataDirectory);

        var enterprise = await fixture.NewPageAsync();
        await enterprise.SignInAsync("enterprise.binhai");
        var template = await enterprise.Context.APIRequest.GetAsync(
            $"/downloads/training-plans/{planId}/learning-record-template.xlsx");
        Assert.Equal(200, template.Status);
        var sheetPath = FillTemplate(await template.BodyAsync(), start);

        await enterprise.GotoAsync($"/online-training/plans/{planId}/learning");
        await enterprise.WaitForInteractiveAsync();
        var chooser = await enterprise.RunAndWaitForFileChooserAsync(() =>
            enterprise.GetByRole(AriaRole.Button, new() { Name = "导入学习记录" }).ClickAsync());
        await chooser.SetFilesAsync(sheetPath);
        await Assertions.Expect(enterprise.Locator("#import-result")).ToContainTextAsync("导入");
        await Assertions.Expect(enterprise.Locator("#learning-trainees")).ToContainTextAsync("抽查学员1");

        await enterprise.GotoAsync($"/online-training/plans/{planId}/evidence");
        await enterprise.WaitForInteractiveAsync();
        var evidence = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(evidence, Core.Documents.CommitmentLetterDocument.Generate(new(
            "天津滨海康泰医疗用品有限公司", DemoAccountSeeder.BinhaiCreditCode, "滨海新区", "PX120116-000888", "6-18-02-04", "焊工",
            start, start.AddDays(10), "公共平台", "实训平台", "https://training.example.org", 1, 8, 0, 6,
            start)));
        await enterprise.Locator("#evidence-upload input[type=file]").SetInputFilesAsync(evidence);
        await Assertions.Expect(enterprise.Locator("#evidence-files")).ToContainTextAsync(Path.GetFileName(evidence));

        var reviewer = await fixture.NewPageAsync();
        await reviewer.SignInAsync("reviewer.binhai");
        await reviewer.GotoAsync($"/review/plans/{planId}/spot-checks");
        await reviewer.WaitForInteractiveAsync();
        await reviewer.ClickAsync("#draw-sample");
        await Assertions.Expect(reviewer.Locator("#draw-info")).ToContainTextAsync("与保存的样本一致");
        var firstSample = reviewer.Locator("[id^=sample-]").First;
        await firstSample.Locator("[id^=reveal-]").ClickAsync();
        await Assertions.Expect(firstSample).ToContainTextAsync("13922");
        await firstSample.GetByRole(AriaRole.Combobox, new() { Name = "结果" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Option, new() { Name = "否认参训", Exact = true }).ClickAsync();
        var notes = firstSample.GetByLabel("备注", new() { Exact = true });
        await notes.FillAsync("本人称从未登录培训平台");
        await notes.PressAsync("Tab");
        await firstSample.Locator("[id^=record-]").ClickAsync();
        await Assertions.Expect(firstSample).ToContainTextAsync("有争议，待处理");
        await Assertions.Expect(firstSample).ToContainTextAsync("否认参训");
        await enterprise.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    /// <summary>Writes an approved plan of the Binhai demo enterprise whose training runs around today.</summary>
    private static async Task<(int PlanId, DateOnly Start)> SeedApprovedPlanAsync(string dataDirectory)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(options, new StoragePaths(dataDirectory).DefaultConnectionString);
        await using var db = new AppDbContext(options.Options);
        var enterprise = await db.Enterprises.SingleAsync(e => e.CreditCode == DemoAccountSeeder.BinhaiCreditCode);
        var now = DateTimeOffset.UtcNow;
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(-8);
        var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, "PX120116-000888", now);
        plan.SetOccupationAndPeriod("6-18-02-04", "焊工", "焊接是本企业一线主要岗位。", start, start.AddDays(20), now);
        plan.SetPlatform(PlatformKind.PublicPlatform, "天津市职业技能线上公共实训平台", "https://training.example.org", null, null, now);
        plan.ReplaceCourses([new Course("焊接工艺", 8, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1)], now);
        var random = new Random(888);
        plan.ReplaceTrainees(Enumerable.Range(1, 6).Select(i => new Trainee($"抽查学员{i}", ResidentIdNumberTests.Generate(random),
            "焊工", $"1392200000{i}", EmploymentType.Formal, true, i)), now);
        plan.SetContact("刘建华", "13820010001", now);
        var letter = new Core.Files.StoredFile($"{Guid.NewGuid():N}.pdf", "承诺书.pdf", Core.Files.FileKind.Pdf,
            Core.Files.FilePurpose.CommitmentLetterScan, 100, new string('0', 64), enterprise.Id, "seed", now);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync();
        plan.AttachSignedLetter(letter.Id, now);
        plan.Submit("seed", "刘建华", now);
        plan.Approve("seed-reviewer", "滨海新区审核员", now, start.AddDays(-2), null, null);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, start);
    }

    /// <summary>Fills the downloaded template: one 8-hour completed session per row on a separate day.</summary>
    private static string FillTemplate(byte[] template, DateOnly start)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet("职工学习记录表");
        var header = sheet.RowsUsed().First(row => row.CellsUsed().Any(cell => cell.GetString() == "学习开始时间"));
        int Column(string name) => header.CellsUsed().First(cell => cell.GetString() == name).Address.ColumnNumber;
        var startColumn = Column("学习开始时间");
        var endColumn = Column("学习结束时间");
        var hoursColumn = Column("学时");
        var statusColumn = Column("完成状态");
        var day = 0;
        foreach (var row in sheet.RowsUsed().Where(row => row.RowNumber() > header.RowNumber()))
        {
            var begin = start.AddDays(day++).ToDateTime(new TimeOnly(9, 0));
            row.Cell(startColumn).SetValue(begin.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            row.Cell(endColumn).SetValue(begin.AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            row.Cell(hoursColumn).SetValue(8);
            row.Cell(statusColumn).SetValue("已完成");
        }

        var path = Path.Combine(Path.GetTempPath(), $"learning-{Guid.NewGuid():N}.xlsx");
        workbook.SaveAs(path);
        return path;
    }
}
