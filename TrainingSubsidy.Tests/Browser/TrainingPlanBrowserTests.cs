using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed partial class TrainingPlanBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PlanIsReturnedFixedAndApproved()
    {
        BrowserFixture.SkipWithoutBrowser();
        var enterprise = await fixture.NewPageAsync();
        await enterprise.SignInAsync("enterprise.binhai");
        var planNumber = await FillAndSubmitPlanAsync(enterprise);

        var reviewer = await fixture.NewPageAsync();
        await reviewer.SignInAsync("reviewer.binhai");
        await OpenPlanForReviewAsync(reviewer, planNumber);
        await reviewer.FillFieldAsync("原因或意见", "请补充平台网址中的课程目录页面。");
        await reviewer.ClickAsync("#decide-return");
        await Assertions.Expect(reviewer.Locator("#plan-history")).ToContainTextAsync("退回修改");

        await enterprise.GotoAsync("/online-training/plans");
        await Assertions.Expect(enterprise.Locator("body")).ToContainTextAsync("请补充平台网址中的课程目录页面。");
        await enterprise.Locator(".plan-card").Filter(new() { HasText = planNumber })
            .GetByRole(AriaRole.Link, new() { Name = "修改后重新提交" }).ClickAsync();
        await enterprise.WaitForInteractiveAsync();
        await Assertions.Expect(enterprise.Locator("#return-reason")).ToContainTextAsync("课程目录");
        await enterprise.GetByText("培训平台", new() { Exact = true }).First.ClickAsync();
        await enterprise.FillFieldAsync("平台网址", "https://training.example.org/catalogue");
        await enterprise.ClickAsync("#save-step-2");
        await enterprise.GetByText("承诺与提交", new() { Exact = true }).ClickAsync();
        await enterprise.ClickAsync("#submit-plan");
        await enterprise.ConfirmDialogAsync("提交");
        await Assertions.Expect(enterprise.Locator("body")).ToContainTextAsync("待审核");

        await OpenPlanForReviewAsync(reviewer, planNumber);
        foreach (var check in new[] { "#check-occupation", "#check-literacy", "#check-platform", "#check-trainees" })
        {
            await reviewer.Locator(check).ClickAsync();
        }

        await reviewer.FillFieldAsync("平台核验方式", "使用企业提供的账号登录平台，查看了课程目录和学习记录。");
        await reviewer.ClickAsync("#decide-approve");
        await reviewer.ConfirmDialogAsync("确认");
        await Assertions.Expect(reviewer.Locator("#plan-history")).ToContainTextAsync("审核通过");

        await enterprise.GotoAsync("/online-training/plans");
        await Assertions.Expect(enterprise.Locator(".plan-card").Filter(new() { HasText = planNumber }))
            .ToContainTextAsync("已通过");
        await enterprise.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    /// <summary>Fills every step of a new plan with a trainee import and a letter scan, submits it, and returns its number.</summary>
    internal static async Task<string> FillAndSubmitPlanAsync(IPage page)
    {
        var planNumber = await FillPlanAsync(page);
        await page.ClickAsync("#submit-plan");
        await page.ConfirmDialogAsync("提交");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("待审核");
        return planNumber;
    }

    /// <summary>Fills every step of a new plan, downloads the letter and uploads it as the scan; returns the plan number.</summary>
    internal static async Task<string> FillPlanAsync(IPage page)
    {
        await page.GotoAsync("/online-training/plans/new");
        await page.WaitForInteractiveAsync();

        var start = DateTime.Today.AddDays(10);
        await ChooseOccupationAsync(page);
        await page.FillFieldAsync("培训内容与企业主营业务的关系", "企业生产医用防护设备的金属框架，焊工是一线主要岗位。");
        await page.FillFieldAsync("培训开始日期", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillFieldAsync("培训结束日期", start.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("#save-step-1");
        var planNumber = await ReadPlanNumberAsync(page);

        await page.ChooseOptionAsync("培训平台类型", "线上公共职业技能培训平台");
        await page.FillFieldAsync("平台名称", "天津市职业技能线上公共实训平台");
        await page.FillFieldAsync("平台网址", "https://training.example.org/tianjin");
        await page.ClickAsync("#save-step-2");

        await page.FillFieldAsync("课程1名称", "焊接工艺与操作规范");
        await page.GetByLabel("课时").First.FillAsync("16");
        await page.ChooseOptionAsync("授课方式", "录播");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加课程" }).ClickAsync();
        await page.FillFieldAsync("课程2名称", "安全生产");
        await page.GetByLabel("课时").Nth(1).FillAsync("4");
        await page.ChooseOptionAsync("类别", "通用职业素养", index: 1);
        await page.ChooseOptionAsync("授课方式", "直播", index: 1);
        await Assertions.Expect(page.Locator("#course-summary")).ToContainTextAsync("20");
        await page.ClickAsync("#save-step-3");

        var workbook = WriteTraineeWorkbook();
        var chooser = await page.RunAndWaitForFileChooserAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "选择Excel文件导入" }).ClickAsync());
        await chooser.SetFilesAsync(workbook);
        await Assertions.Expect(page.Locator("#trainee-table")).ToContainTextAsync("参训甲");
        await Assertions.Expect(page.Locator("#trainee-table")).ToContainTextAsync("参训丙");
        await page.ClickAsync("#next-step-4");

        await page.FillFieldAsync("培训联系人", "刘建华");
        await page.FillFieldAsync("联系电话", "13820010001");
        await page.ClickAsync("#save-step-5");

        var letter = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-letter"));
        var letterPath = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        await letter.SaveAsAsync(letterPath);
        Assert.True(new FileInfo(letterPath).Length > 1000);
        await page.Locator("#upload-letter input[type=file]").SetInputFilesAsync(letterPath);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("已上传");
        return planNumber;
    }

    /// <summary>
    /// Picks 焊工 in the occupation search. The list is re-rendered while the search settles, so the pick is retried
    /// until the box shows the chosen occupation as the server rendered it.
    /// </summary>
    private static async Task ChooseOccupationAsync(IPage page)
    {
        var box = page.GetByLabel("培训职业（技能类职业）");
        for (var attempt = 1; ; attempt++)
        {
            await box.FillAsync("焊工");
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "6-18-02-04" }).First.ClickAsync();
            try
            {
                await Assertions.Expect(box).ToHaveValueAsync("6-18-02-04 焊工", new() { Timeout = 5000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await box.FillAsync(string.Empty);
            }
        }
    }

    private static async Task OpenPlanForReviewAsync(IPage reviewer, string planNumber)
    {
        await reviewer.GotoAsync("/review/plans");
        await reviewer.WaitForInteractiveAsync();
        await reviewer.GetByRole(AriaRole.Row).Filter(new() { HasText = planNumber })
            .GetByRole(AriaRole.Link).First.ClickAsync();
        await reviewer.WaitForURLAsync(PlanDetailPattern());
        await Assertions.Expect(reviewer.Locator("#decision-panel")).ToBeVisibleAsync();
    }

    private static async Task<string> ReadPlanNumberAsync(IPage page)
    {
        var chip = page.Locator(".mud-chip").Filter(new() { HasTextRegex = PlanNumberPattern() });
        await Assertions.Expect(chip).ToBeVisibleAsync();
        var text = await chip.First.TextContentAsync() ?? string.Empty;
        return PlanNumberPattern().Match(text).Value;
    }

    private static string WriteTraineeWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trainees-{Guid.NewGuid():N}.xlsx");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("参训职工");
        string[] headers = ["姓名", "身份证号", "岗位", "联系电话", "用工形式", "是否参保"];
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = headers[column];
        }

        var random = new Random(Environment.TickCount);
        string[] names = ["参训甲", "参训乙", "参训丙"];
        for (var row = 0; row < names.Length; row++)
        {
            sheet.Cell(row + 2, 1).Value = names[row];
            sheet.Cell(row + 2, 2).Style.NumberFormat.Format = "@";
            sheet.Cell(row + 2, 2).SetValue(ResidentIdNumberTests.Generate(random));
            sheet.Cell(row + 2, 3).Value = "焊工";
            sheet.Cell(row + 2, 4).Style.NumberFormat.Format = "@";
            sheet.Cell(row + 2, 4).SetValue($"1392000000{row}");
            sheet.Cell(row + 2, 5).Value = row == 2 ? "劳务派遣" : "正式";
            sheet.Cell(row + 2, 6).Value = "是";
        }

        workbook.SaveAs(path);
        return path;
    }

    [GeneratedRegex(@"PX\d{6}-\d{6}")]
    private static partial Regex PlanNumberPattern();

    [GeneratedRegex(@"/review/plans/\d+$")]
    private static partial Regex PlanDetailPattern();
}
