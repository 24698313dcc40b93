using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Validation;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace TrainingSubsidy.Tests.Browser;

/// <summary>
/// From claim to money on a business clock: the plan was trained in March 2020, the claim is made and approved on
/// 2020-04-27, and the app is restarted on 2020-05-11, after the five working-day notice around the May Day holiday.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class PayoutBrowserTests
{
    private const string ClaimDay = "2020-04-27T09:00:00+08:00";
    private const string PayoutDay = "2020-05-11T09:00:00+08:00";

    [Fact]
    public async Task ClaimIsApprovedNoticedAndPaid()
    {
        BrowserFixture.SkipWithoutBrowser();
        var dataDirectory = AppServer.NewDataDirectory();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);

        // The first start creates the database and the demo accounts; the trained plan is then written into it.
        await (await AppServer.StartAsync(dataDirectory, Clock(ClaimDay))).DisposeAsync();
        var planNumber = await SeedTrainedPlanAsync(dataDirectory);

        var server = await AppServer.StartAsync(dataDirectory, Clock(ClaimDay));
        try
        {
            var enterprise = await NewPageAsync(browser, server);
            await enterprise.SignInAsync("enterprise.binhai");
            await enterprise.GotoAsync("/claims");
            await enterprise.WaitForInteractiveAsync();
            await enterprise.GetByRole(AriaRole.Row).Filter(new() { HasText = planNumber })
                .GetByRole(AriaRole.Link, new() { Name = "申请补贴" }).ClickAsync();
            await Assertions.Expect(enterprise.Locator("#claim-total")).ToContainTextAsync("2,400.00");
            await enterprise.Locator("#confirm-bank").ClickAsync();
            await enterprise.Locator("#confirm-genuine").ClickAsync();
            await enterprise.ClickAsync("#submit-claim");
            await enterprise.WaitForURLAsync(ClaimsListPattern());
            await Assertions.Expect(enterprise.Locator("#claims-table")).ToContainTextAsync("待审核");

            var reviewer = await NewPageAsync(browser, server);
            await reviewer.SignInAsync("reviewer.binhai");
            await reviewer.GotoAsync("/review/claims");
            await reviewer.WaitForInteractiveAsync();
            await reviewer.Locator("#claim-queue").GetByRole(AriaRole.Link).First.ClickAsync();
            await Assertions.Expect(reviewer.Locator("#claim-review-trainees")).ToBeVisibleAsync();
            var exclusion = reviewer.GetByPlaceholder("填写原因即剔除").First;
            await exclusion.FillAsync("抽查核实本人未参加线上学习");
            await exclusion.PressAsync("Tab");
            await reviewer.ClickAsync("#claim-approve");
            await Assertions.Expect(reviewer.Locator("body")).ToContainTextAsync("已通过");
        }
        finally
        {
            await server.DisposeAsync();
        }

        server = await AppServer.StartAsync(dataDirectory, Clock(PayoutDay));
        try
        {
            var finance = await NewPageAsync(browser, server);
            await finance.SignInAsync("finance.binhai");
            await finance.GotoAsync("/payouts/batches");
            await finance.WaitForInteractiveAsync();
            await finance.Locator("#payable-awards").GetByRole(AriaRole.Checkbox).First.ClickAsync();
            await finance.ClickAsync("#create-batch");
            await finance.WaitForURLAsync(BatchPattern());
            var batchId = BatchPattern().Match(finance.Url).Groups[1].Value;

            var excel = await finance.Context.APIRequest.GetAsync($"{server.BaseAddress}/downloads/payout-batches/{batchId}/ledger.xlsx");
            Assert.Equal(200, excel.Status);
            using (var workbook = new XLWorkbook(new MemoryStream(await excel.BodyAsync())))
            {
                var summary = workbook.Worksheets.First();
                var text = string.Join('|', summary.CellsUsed().Select(cell => cell.GetString()));
                Assert.Contains("线上", text, StringComparison.Ordinal);
                Assert.Contains("1800", text.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }

            var pdf = await finance.Context.APIRequest.GetAsync($"{server.BaseAddress}/downloads/payout-batches/{batchId}/ledger.pdf");
            Assert.Equal(200, pdf.Status);
            using (var document = PdfPigDocument.Open(await pdf.BodyAsync()))
            {
                var text = string.Concat(document.GetPages().Select(page => page.Text));
                Assert.Contains("壹仟捌佰元整", text, StringComparison.Ordinal);
            }

            await finance.ReloadAsync();
            await finance.WaitForInteractiveAsync();
            await finance.GetByRole(AriaRole.Button, new() { Name = "已提交银行" }).ClickAsync();
            await finance.GetByRole(AriaRole.Button, new() { Name = "已拨付" }).ClickAsync();
            await Assertions.Expect(finance.Locator("#batch-awards")).ToContainTextAsync("已拨付");

            var enterprise = await NewPageAsync(browser, server);
            await enterprise.SignInAsync("enterprise.binhai");
            await enterprise.GotoAsync("/claims");
            await Assertions.Expect(enterprise.Locator("#claims-table")).ToContainTextAsync("已拨付");
        }
        finally
        {
            await server.DisposeAsync();
            server.DeleteData();
        }
    }

    private static Dictionary<string, string> Clock(string startAt) => new() { ["Clock:StartAt"] = startAt };

    private static async Task<IPage> NewPageAsync(IBrowser browser, AppServer server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress, Locale = "zh-CN" });
        context.SetDefaultTimeout(45000);
        return await context.NewPageAsync();
    }

    /// <summary>Writes an approved plan of the Binhai demo enterprise with four trainees who completed every course.</summary>
    private static async Task<string> SeedTrainedPlanAsync(string dataDirectory)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(options, new StoragePaths(dataDirectory).DefaultConnectionString);
        await using var db = new AppDbContext(options.Options);
        var enterprise = await db.Enterprises.SingleAsync(e => e.CreditCode == DemoAccountSeeder.BinhaiCreditCode);
        var at = new DateTimeOffset(2020, 3, 4, 9, 0, 0, TimeSpan.FromHours(8));
        var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, "PX120116-000777", at);
        plan.SetOccupationAndPeriod("6-18-02-04", "焊工", "焊接是本企业一线主要岗位。", new DateOnly(2020, 3, 9),
            new DateOnly(2020, 3, 31), at);
        plan.SetPlatform(PlatformKind.PublicPlatform, "天津市职业技能线上公共实训平台", "https://training.example.org", null, null, at);
        plan.ReplaceCourses([new Course("焊接工艺", 8, CourseCategory.OccupationalSkill, CourseDelivery.Recorded, 1)], at);
        var random = new Random(777);
        plan.ReplaceTrainees(Enumerable.Range(1, 4).Select(i => new Trainee($"结业学员{i}", ResidentIdNumberTests.Generate(random),
            "焊工", $"1392233000{i}", EmploymentType.Formal, true, i)), at);
        plan.SetContact("刘建华", "13820010001", at);
        var letter = new Core.Files.StoredFile($"{Guid.NewGuid():N}.pdf", "承诺书.pdf", Core.Files.FileKind.Pdf,
            Core.Files.FilePurpose.CommitmentLetterScan, 100, new string('0', 64), enterprise.Id, "seed", at);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync();
        plan.AttachSignedLetter(letter.Id, at);
        plan.Submit("seed", "刘建华", at);
        plan.Approve("seed-reviewer", "滨海新区审核员", at.AddDays(1), new DateOnly(2020, 3, 5), null, null);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync();

        var batch = new LearningImportBatch(plan.Id, "学习记录.xlsx", new string('1', 64), 4, "seed", "刘建华", at.AddDays(26));
        db.LearningImportBatches.Add(batch);
        await db.SaveChangesAsync();
        var course = plan.Courses.Single();
        foreach (var (trainee, index) in plan.Trainees.Select((t, i) => (t, i)))
        {
            var start = new DateTime(2020, 3, 10 + index, 9, 0, 0);
            db.LearningRecords.Add(new LearningRecord(plan.Id, trainee.Id, course.Id, start, start.AddHours(8), 8, true, null,
                batch.Id, index + 2));
        }

        await db.SaveChangesAsync();
        return plan.PlanNumber;
    }

    [GeneratedRegex(@"/claims$")]
    private static partial Regex ClaimsListPattern();

    [GeneratedRegex(@"/payouts/batches/(\d+)$")]
    private static partial Regex BatchPattern();
}
