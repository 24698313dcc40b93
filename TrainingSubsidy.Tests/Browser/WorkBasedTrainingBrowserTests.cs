using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Browser;

/// <summary>
/// The work-in-lieu-of-training programme from application to payout ledger. The test runs its own servers because
/// it moves the business clock: applications open after the epidemic end date, and awards reach payout only after
/// five working days of public notice.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class WorkBasedTrainingBrowserTests
{
    private const decimal AmountPerWorkerMonth = 1000m;

    /// <summary>Monday 2020-06-01 09:00 Beijing time, after the epidemic end date that the test sets.</summary>
    private const string ApplicationDay = "2020-06-01T09:00:00+08:00";

    /// <summary>Monday 2020-06-15, after the notice of awards approved on 2020-06-01 has ended.</summary>
    private const string PayoutDay = "2020-06-15T09:00:00+08:00";

    private static readonly DateOnly EpidemicEnd = new(2020, 4, 30);

    [Fact]
    public async Task ApplicationIsFixedApprovedAndPaid()
    {
        BrowserFixture.SkipWithoutBrowser();
        var dataDirectory = AppServer.NewDataDirectory();
        var random = new Random(Environment.TickCount);
        var workers = new[]
        {
            new TemplateWorker("职工甲", ResidentIdNumberTests.Generate(random), "13920010001", "新入职", "2020-02-10",
                ["2020-02", "2020-03"]),
            new TemplateWorker("职工乙", ResidentIdNumberTests.Generate(random), "13920010002", "转岗", "2020-02-03",
                ["2020-02", "2020-03"]),
            new TemplateWorker("职工丙", ResidentIdNumberTests.Generate(random), "13920010003", "新入职", "2020-02-17",
                ["2020-02", "2020-03", "2020-04"]),
        };

        try
        {
            // The first start creates and seeds the database. Version 1 of the policy has no epidemic end date, so the
            // test adds a version with one, as the city administrator does on the policy page.
            var setup = await AppServer.StartAsync(dataDirectory, Clock(ApplicationDay));
            await setup.DisposeAsync();
            await AddPolicyWithEpidemicEndAsync(dataDirectory);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await BrowserFixture.LaunchAsync(playwright);
            var applicationServer = await AppServer.StartAsync(dataDirectory, Clock(ApplicationDay));
            try
            {
                var enterprise = await NewPageAsync(browser, applicationServer);
                await enterprise.SignInAsync("enterprise.binhai");
                var applicationId = await CreateApplicationAsync(enterprise, random);
                await ImportWorkersAsync(enterprise, workers, "3 人，7 个人月");
                await UploadDocumentsAsync(enterprise, applicationId);
                await UploadProofAsync(enterprise, "2020-02");
                await UploadProofAsync(enterprise, "2020-03");

                // April has no payroll proof, so the submission is rejected and names that month only.
                var april = enterprise.Locator("#work-based-documents div.mb-3").Filter(new() { HasText = "2020-04：" });
                await Assertions.Expect(april).ToContainTextAsync("缺少佐证");
                await enterprise.ClickAsync("#work-based-submit-button");
                var submitError = enterprise.Locator("#work-based-submit-error");
                await Assertions.Expect(submitError).ToContainTextAsync("以下月份没有上传工资发放佐证");
                await Assertions.Expect(submitError).ToContainTextAsync("2020-04");
                await Assertions.Expect(submitError).Not.ToContainTextAsync("2020-02");
                await Assertions.Expect(submitError).Not.ToContainTextAsync("2020-03");
                await Assertions.Expect(enterprise.Locator("body")).ToContainTextAsync("状态：草稿");

                // The enterprise imports the list again without 职工丙's April, then the submission passes.
                workers[2] = workers[2] with { Months = ["2020-02", "2020-03"] };
                await ImportWorkersAsync(enterprise, workers, "3 人，6 个人月");
                await Assertions.Expect(april).ToHaveCountAsync(0);
                await enterprise.ClickAsync("#work-based-submit-button");
                await Assertions.Expect(enterprise.Locator("body")).ToContainTextAsync("状态：待审核");
                await Assertions.Expect(submitError).ToHaveCountAsync(0);

                var reviewer = await NewPageAsync(browser, applicationServer);
                await reviewer.SignInAsync("reviewer.binhai");
                await reviewer.GotoAsync("/review/work-based");
                await reviewer.WaitForInteractiveAsync();
                await Assertions.Expect(reviewer.Locator("#work-based-queue")).ToContainTextAsync("待审核");
                await reviewer.GotoAsync($"/review/work-based/{applicationId}");
                await reviewer.WaitForInteractiveAsync();
                var decision = reviewer.Locator("#work-based-decision");
                await Assertions.Expect(decision).ToBeVisibleAsync();
                await decision.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
                await Assertions.Expect(reviewer.Locator("body")).ToContainTextAsync("状态：审核通过");

                await enterprise.GotoAsync("/work-based");
                await enterprise.WaitForInteractiveAsync();
                await Assertions.Expect(enterprise.Locator("#work-based-list")).ToContainTextAsync("6,000.00元（6个人月）");

                // On the day of approval the award is on public notice, so finance cannot pay it yet.
                var finance = await NewPageAsync(browser, applicationServer);
                await finance.SignInAsync("finance.binhai");
                await finance.GotoAsync("/payouts/batches");
                await finance.WaitForInteractiveAsync();
                await Assertions.Expect(finance.Locator("#payable-awards")).ToContainTextAsync("暂无待拨付的补贴。");

                await enterprise.Context.CloseAsync();
                await reviewer.Context.CloseAsync();
                await finance.Context.CloseAsync();
            }
            finally
            {
                await applicationServer.DisposeAsync();
            }

            var payoutServer = await AppServer.StartAsync(dataDirectory, Clock(PayoutDay));
            try
            {
                var finance = await NewPageAsync(browser, payoutServer);
                await finance.SignInAsync("finance.binhai");
                var ledgerPath = await CreateBatchAndDownloadLedgerAsync(finance);
                CheckLedger(ledgerPath, workers);
                await finance.Context.CloseAsync();
            }
            finally
            {
                await payoutServer.DisposeAsync();
            }
        }
        finally
        {
            DeleteData(dataDirectory);
        }
    }

    private static void DeleteData(string dataDirectory)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The first server failed before it created the folder.
        }
        catch (IOException)
        {
            // Left for the operating system's temp cleanup.
        }
    }

    private static Dictionary<string, string> Clock(string startAt) => new() { ["Clock:StartAt"] = startAt };

    private static async Task AddPolicyWithEpidemicEndAsync(string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder,
            new StoragePaths(dataDirectory).DefaultConnectionString);
        await using (var db = new AppDbContext(builder.Options))
        {
            var current = await db.PolicyParameters.OrderByDescending(parameters => parameters.VersionNumber).FirstAsync();
            var next = current.CopyAsVersion(current.VersionNumber + 1, EpidemicEnd.AddDays(1),
                DateTimeOffset.UtcNow, "browser-test");
            next.EpidemicEnd = EpidemicEnd;
            db.PolicyParameters.Add(next);
            await db.SaveChangesAsync();
        }

        // Pooled connections would keep the file open while the next server starts on it.
        SqliteConnection.ClearAllPools();
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser, AppServer server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(45000);
        return await context.NewPageAsync();
    }

    /// <summary>Creates a draft, saves the legal representative and bank account, and returns the application id.</summary>
    private static async Task<int> CreateApplicationAsync(IPage page, Random random)
    {
        await page.GotoAsync("/work-based");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#work-based-window")).ToContainTextAsync("已开放申请");
        await page.ClickAsync("#work-based-create");
        await page.WaitForURLAsync(EditorPattern());
        await page.WaitForInteractiveAsync();
        var applicationId = int.Parse(EditorPattern().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

        await page.FillFieldAsync("法定代表人姓名", "王立新");
        await page.FillFieldAsync("法定代表人身份证号", ResidentIdNumberTests.Generate(random));
        await page.FillFieldAsync("基本账户开户银行", "中国工商银行天津滨海分行");
        await page.FillFieldAsync("基本账户账号", "0302001109300012345");
        await page.Locator("#work-based-applicant").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已保存。")).ToBeVisibleAsync();
        return applicationId;
    }

    private static async Task ImportWorkersAsync(IPage page, IReadOnlyList<TemplateWorker> workers, string summary)
    {
        await page.Locator("#work-based-workers input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "职工名单.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = WriteWorkerWorkbook(workers),
        });
        var section = page.Locator("#work-based-workers");
        await Assertions.Expect(section).ToContainTextAsync(summary);
        foreach (var worker in workers)
        {
            await Assertions.Expect(section).ToContainTextAsync(worker.Name);
        }
    }

    /// <summary>Uploads the licence, the ID copy and, as the signed scan, the application form the app generates.</summary>
    private static async Task UploadDocumentsAsync(IPage page, int applicationId)
    {
        var response = await page.Context.APIRequest.GetAsync(
            $"/downloads/work-based-training/{applicationId}/application-form.pdf");
        Assert.Equal(200, response.Status);
        var form = await response.BodyAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(form, 0, 4), StringComparison.Ordinal);

        var panels = page.Locator("#work-based-documents .mud-grid-item");
        string[] names = ["营业执照.pdf", "法定代表人身份证.pdf", "签字申请表.pdf"];
        for (var i = 0; i < names.Length; i++)
        {
            await panels.Nth(i).Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = names[i],
                MimeType = "application/pdf",
                Buffer = form,
            });
            await Assertions.Expect(page.Locator("#work-based-documents")).ToContainTextAsync(names[i]);
        }
    }

    private static async Task UploadProofAsync(IPage page, string month)
    {
        var panel = page.Locator("#work-based-documents div.mb-3").Filter(new() { HasText = $"{month}：" });
        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = $"工资发放清单{month}.pdf",
            MimeType = "application/pdf",
            Buffer = MinimalPdf(),
        });
        await Assertions.Expect(panel).ToContainTextAsync($"{month}：1 份佐证");
    }

    /// <summary>Selects the payable award, creates a batch, downloads its Excel ledger and returns the file's path.</summary>
    private static async Task<string> CreateBatchAndDownloadLedgerAsync(IPage page)
    {
        await page.GotoAsync("/payouts/batches");
        await page.WaitForInteractiveAsync();
        var award = page.Locator("#payable-awards tr").Filter(new() { HasText = "以工代训" });
        await Assertions.Expect(award).ToHaveCountAsync(1);
        await Assertions.Expect(award).ToContainTextAsync("6人月");
        await Assertions.Expect(award).ToContainTextAsync("6,000.00");
        await award.Locator("input[type=checkbox]").CheckAsync();
        await Assertions.Expect(page.Locator("#payable-awards")).ToContainTextAsync("已选 1 笔，合计 6,000.00 元");
        await page.ClickAsync("#create-batch");
        await page.WaitForURLAsync(BatchPattern());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#batch-awards")).ToContainTextAsync("以工代训");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ledger-xlsx"));
        var path = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        return path;
    }

    private static void CheckLedger(string path, IReadOnlyList<TemplateWorker> workers)
    {
        using var workbook = new XLWorkbook(path);
        var summary = workbook.Worksheet("拨付汇总");
        var summaryRow = FindRow(summary, "以工代训");
        Assert.NotNull(summaryRow);
        var monthCount = workers.Sum(worker => worker.Months.Count);
        Assert.Equal(monthCount, summaryRow.Cell(Column(summary, "人数或人月")).GetValue<int>());
        Assert.Equal(AmountPerWorkerMonth * monthCount, summaryRow.Cell(Column(summary, "金额（元）")).GetValue<decimal>());

        var detail = workbook.Worksheet("拨付明细");
        var programmeColumn = Column(detail, "补贴类型");
        var lines = detail.RowsUsed().Skip(1)
            .Where(row => row.Cell(programmeColumn).GetString() == "以工代训")
            .Select(row => (
                Id: row.Cell(Column(detail, "身份证号码")).GetString(),
                Month: row.Cell(Column(detail, "补贴月份")).GetString(),
                Amount: row.Cell(Column(detail, "金额（元）")).GetValue<decimal>()))
            .ToList();
        var expected = workers
            .SelectMany(worker => worker.Months.Select(month => (worker.IdNumber, month)))
            .Order()
            .ToList();
        Assert.Equal(expected, lines.Select(line => (line.Id, line.Month)).Order().ToList());
        Assert.All(lines, line => Assert.Equal(AmountPerWorkerMonth, line.Amount));
        File.Delete(path);
    }

    private static IXLRow? FindRow(IXLWorksheet sheet, string text) =>
        sheet.RowsUsed().FirstOrDefault(row => row.CellsUsed().Any(cell => cell.GetString() == text));

    private static int Column(IXLWorksheet sheet, string header)
    {
        var cell = sheet.Row(1).CellsUsed().FirstOrDefault(cell => cell.GetString() == header);
        Assert.True(cell is not null, $"The sheet {sheet.Name} has no column headed {header}.");
        return cell.Address.ColumnNumber;
    }

    private static byte[] WriteWorkerWorkbook(IReadOnlyList<TemplateWorker> workers)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("职工名单");
        string[] headers =
        [
            "姓名", "身份证号", "性别", "手机号码", "类型", "入职或转岗日期", "技能岗位",
            "申请月份1", "月份1工资", "申请月份2", "月份2工资", "申请月份3", "月份3工资",
        ];
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = headers[column];
        }

        for (var index = 0; index < workers.Count; index++)
        {
            var worker = workers[index];
            var row = index + 2;
            sheet.Cell(row, 1).Value = worker.Name;
            sheet.Cell(row, 2).Style.NumberFormat.Format = "@";
            sheet.Cell(row, 2).SetValue(worker.IdNumber);

            // The 17th digit of a resident ID number is odd for men and even for women.
            sheet.Cell(row, 3).Value = (worker.IdNumber[16] - '0') % 2 == 1 ? "男" : "女";
            sheet.Cell(row, 4).Style.NumberFormat.Format = "@";
            sheet.Cell(row, 4).SetValue(worker.Phone);
            sheet.Cell(row, 5).Value = worker.Kind;
            sheet.Cell(row, 6).SetValue(worker.StartDate);
            sheet.Cell(row, 7).Value = "口罩生产线操作工";
            for (var i = 0; i < worker.Months.Count; i++)
            {
                sheet.Cell(row, 8 + (2 * i)).SetValue(worker.Months[i]);
                sheet.Cell(row, 9 + (2 * i)).Value = 4500;
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A one-page PDF with no content, enough for the upload check that reads the file's type from its bytes.</summary>
    private static byte[] MinimalPdf()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        return builder.Build();
    }

    private sealed record TemplateWorker(
        string Name,
        string IdNumber,
        string Phone,
        string Kind,
        string StartDate,
        IReadOnlyList<string> Months);

    [GeneratedRegex(@"/work-based/(\d+)$")]
    private static partial Regex EditorPattern();

    [GeneratedRegex(@"/payouts/batches/\d+$")]
    private static partial Regex BatchPattern();
}
