using System.Globalization;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Tests.Documents;

public sealed class PdfDocumentWriterTests
{
    [Fact]
    public void TableRepeatsHeaderOnEveryPage()
    {
        var pdf = BuildLedger(rowCount: 90);

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 3, $"expected the table to span pages, got {pages.Count}");
        foreach (var page in pages)
        {
            Assert.Contains("序号姓名公民身份号码", page, StringComparison.Ordinal);
        }

        Assert.Contains("第2页共", pages[1], StringComparison.Ordinal);
        Assert.Contains($"共{pages.Count}页", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TableKeepsEveryRowAndTotals()
    {
        var pdf = BuildLedger(rowCount: 90);

        var text = string.Concat(PdfText.Pages(pdf));
        for (var row = 1; row <= 90; row++)
        {
            Assert.Contains(TraineeName(row), text, StringComparison.Ordinal);
        }

        Assert.Contains("合计54,000.00", text, StringComparison.Ordinal);
        Assert.Contains("人民币伍万肆仟元整", text, StringComparison.Ordinal);
        Assert.Contains("经办人：", text, StringComparison.Ordinal);
        Assert.Contains("负责人：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LandscapePagesAreWide()
    {
        var pdf = BuildLedger(rowCount: 3);

        var (width, height) = Assert.Single(PdfText.PageSizes(pdf));
        Assert.Equal(842, width, 0);
        Assert.Equal(595, height, 0);
    }

    [Fact]
    public void LongCellWrapsInsideColumn()
    {
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Portrait, "test");
        var longText = string.Concat(Enumerable.Repeat("职工学习记录可供查询", 12));
        writer.AddTable(new PdfTable
        {
            Columns = [new PdfTableColumn("说明", 1), new PdfTableColumn("备注", 1)],
            Rows = [[longText, "短"]],
        });

        var text = string.Concat(PdfText.Pages(writer.Save()));
        Assert.Contains("说明备注", text, StringComparison.Ordinal);
        Assert.Equal(12, CountOccurrences(text, "职工学习记录可供查询"));
    }

    [Fact]
    public void RowTallerThanPageSplits()
    {
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Portrait, "test");
        var numbered = Enumerable.Range(1, 150).Select(i => $"第{i}条记录。");
        writer.AddTable(new PdfTable
        {
            Columns = [new PdfTableColumn("序号", 1), new PdfTableColumn("学习记录说明", 2)],
            Rows = [["1", string.Join("\n", numbered)]],
        });

        var pages = PdfText.Pages(writer.Save());
        Assert.True(pages.Count >= 3, $"expected the row to span at least 3 pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("序号学习记录说明", page, StringComparison.Ordinal));
        var text = string.Concat(pages);
        for (var i = 1; i <= 150; i++)
        {
            Assert.Contains($"第{i}条记录。", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FormTablePairsLabelsAndValues()
    {
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Portrait, "以工代训申请表");
        writer.AddTable(PdfTable.Form(
            [
                ["企业名称", "天津市某某医用物资有限公司", "统一社会信用代码", "91120116MA05XYZ12K", "所在区", "滨海新区"],
                ["申请人数", "25 人", "申请月数", "3 个月", "申请金额", "75,000.00 元"],
            ],
            pairsPerRow: 3,
            labelWidth: 2,
            valueWidth: 3));

        var text = string.Concat(PdfText.Pages(writer.Save()));
        Assert.Contains("企业名称天津市某某医用物资有限公司统一社会信用代码", text, StringComparison.Ordinal);
        Assert.Contains("申请金额75,000.00元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("项目", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphsBreakOntoNewPages()
    {
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Portrait, "test");
        writer.AddHeading("标题");
        for (var i = 1; i <= 120; i++)
        {
            writer.AddParagraph($"第{i}段：线上职业技能培训。", firstLineIndent: 24);
        }

        var pages = PdfText.Pages(writer.Save());
        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.Contains("第120段", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void FontRegistrationIsThreadSafe()
    {
        Parallel.For(0, 16, _ => PdfFonts.EnsureRegistered());

        Assert.Same(EmbeddedFontResolver.Instance, PdfSharp.Fonts.GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void ParallelDocumentsSucceed()
    {
        var sizes = new int[8];
        Parallel.For(0, sizes.Length, i => sizes[i] = BuildLedger(rowCount: 20).Length);

        Assert.All(sizes, size => Assert.True(size > 0));
    }

    /// <summary>Builds a payout-ledger-like landscape table with a totals row and signature lines.</summary>
    private static byte[] BuildLedger(int rowCount)
    {
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Landscape, "拨付台账");
        writer.AddHeading("线上职业技能培训补贴拨付台账", size: 18);
        writer.AddTable(new PdfTable
        {
            Columns =
            [
                new PdfTableColumn("序号", 0.6, TextAlignment.Center),
                new PdfTableColumn("姓名", 1.2),
                new PdfTableColumn("公民身份号码", 2.4),
                new PdfTableColumn("企业名称", 3.5),
                new PdfTableColumn("金额（元）", 1.3, TextAlignment.Right),
            ],
            Rows = Enumerable.Range(1, rowCount)
                .Select(row => (IReadOnlyList<string>)
                [
                    row.ToString(CultureInfo.InvariantCulture),
                    TraineeName(row),
                    "120101********123X",
                    "天津市河西区某某医疗用品有限公司",
                    "600.00",
                ])
                .ToList(),
            TotalsRow =
            [
                "合计",
                string.Empty,
                string.Empty,
                string.Empty,
                (rowCount * 600).ToString("N2", CultureInfo.InvariantCulture),
            ],
        });
        writer.AddParagraph("合计金额（大写）：人民币伍万肆仟元整");
        writer.AddSpace(20);
        writer.AddSignatureRow(["经办人", "审核人", "负责人"]);
        return writer.Save();
    }

    /// <summary>A distinct name per row, some with the less common character 喆.</summary>
    private static string TraineeName(int row) =>
        (row % 3 == 0 ? "王喆" : "张伟") + row.ToString(CultureInfo.InvariantCulture);

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal);
             index >= 0;
             index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
