using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Documents.Excel;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Tests.Documents;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class PayoutLedgerTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ClaimTestData _data = default!;
    private int _batchId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ClaimTestData(_database);
        var online = await _data.AddEnterpriseAsync();
        var medical = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var onlineAward = await _data.AddAwardAsync(online, 3);
        var workAward = await AddWorkBasedAwardAsync(medical.Id);
        _data.SetToday(new DateOnly(2020, 5, 11));
        _batchId = await _data.Batches().CreateAsync(ClaimTestData.Finance, [onlineAward, workAward], Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExcelLedgerMatchesDatabase()
    {
        var file = await _data.Ledgers().ExportAsync(ClaimTestData.Finance, _batchId, LedgerFormat.Excel, Token);
        Assert.NotNull(file);
        var awards = await LoadAwardsAsync();
        var enterprises = await LoadEnterprisesAsync();

        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var summary = workbook.Worksheet(PayoutLedgerExcel.SummarySheet);
        var detail = workbook.Worksheet(PayoutLedgerExcel.DetailSheet);

        Assert.Equal("序号", summary.Cell(1, 1).GetString());
        Assert.Equal("金额（元）", summary.Cell(1, 9).GetString());
        Assert.Equal(1, summary.SheetView.SplitRow);
        Assert.True(summary.AutoFilter.IsEnabled);
        Assert.Equal(XLPageOrientation.Landscape, summary.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, summary.PageSetup.PaperSize);
        for (var index = 0; index < awards.Count; index++)
        {
            var award = awards[index];
            var enterprise = enterprises[award.EnterpriseId];
            var row = summary.Row(index + 2);
            Assert.Equal(enterprise.Name, row.Cell(2).GetString());
            Assert.Equal(enterprise.CreditCode, row.Cell(3).GetString());
            Assert.Equal(XLDataType.Text, row.Cell(3).DataType);
            Assert.Equal(enterprise.BankAccountNumber, row.Cell(6).GetString());
            Assert.Equal(XLDataType.Text, row.Cell(6).DataType);
            Assert.Equal("@", row.Cell(6).Style.NumberFormat.Format);
            Assert.Equal(award.Programme.ToChinese(), row.Cell(7).GetString());
            Assert.Equal(award.Quantity, row.Cell(8).GetValue<int>());
            Assert.Equal(award.Amount.Yuan, row.Cell(9).GetValue<decimal>());
        }

        var totals = summary.Row(awards.Count + 2);
        Assert.Equal("合计", totals.Cell(2).GetString());
        Assert.Equal(awards.Sum(a => a.Amount.Yuan), totals.Cell(9).GetValue<decimal>());
        Assert.Equal(awards.Sum(a => a.Quantity), totals.Cell(8).GetValue<int>());

        var lines = awards.SelectMany(a => a.Lines.OrderBy(l => l.Id)).ToList();
        Assert.Equal(lines.Count + 1, detail.LastRowUsed().RowNumber());
        for (var index = 0; index < lines.Count; index++)
        {
            var row = detail.Row(index + 2);
            Assert.Equal(lines[index].IdNumber, row.Cell(5).GetString());
            Assert.Equal(XLDataType.Text, row.Cell(5).DataType);
            Assert.Equal(lines[index].Phone, row.Cell(6).GetString());
            Assert.Equal(lines[index].Amount.Yuan, row.Cell(8).GetValue<decimal>());
        }

        // Names such as 测试企业1A2B3 are four CJK characters (two units each) and five ASCII ones, plus 2 of padding.
        var longestName = enterprises.Values.Max(e => ExcelSheetWriter.DisplayWidth(e.Name));
        Assert.Equal(13, longestName);
        Assert.Equal(longestName + 2, summary.Column(2).Width);
    }

    [Fact]
    public async Task PdfLedgerShowsAmountsAndCapitalTotal()
    {
        var file = await _data.Ledgers().ExportAsync(ClaimTestData.Finance, _batchId, LedgerFormat.Pdf, Token);
        Assert.NotNull(file);
        var awards = await LoadAwardsAsync();
        var enterprises = await LoadEnterprisesAsync();
        var total = awards.Aggregate(Money.Zero, (sum, award) => sum + award.Amount);

        var text = string.Concat(PdfText.Pages(file.Content));
        var size = PdfText.PageSizes(file.Content)[0];

        Assert.True(size.Width > size.Height, "the ledger is landscape");
        foreach (var award in awards)
        {
            Assert.Contains(PdfText.Compact(enterprises[award.EnterpriseId].Name), text, StringComparison.Ordinal);
            Assert.Contains(award.Amount.ToString(), text, StringComparison.Ordinal);
        }

        Assert.Contains("以工代训", text, StringComparison.Ordinal);
        Assert.Contains("3人月", text, StringComparison.Ordinal);
        Assert.Contains($"¥{total}", text, StringComparison.Ordinal);
        Assert.Contains("人民币肆仟捌佰元整", text, StringComparison.Ordinal);
        Assert.Equal("人民币肆仟捌佰元整", total.ToChineseCapital());
        Assert.Contains("经办人", text, StringComparison.Ordinal);
        Assert.Contains("审核人", text, StringComparison.Ordinal);
        Assert.Contains("负责人", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportIsAudited()
    {
        await _data.Ledgers().ExportAsync(ClaimTestData.Finance, _batchId, LedgerFormat.Excel, Token);

        await using var db = _database.CreateDbContext();
        var entries = await db.AuditEntries.OrderByDescending(e => e.SequenceNumber).Take(2).ToListAsync(Token);
        var download = entries.Single(e => e.Action == Core.Auditing.AuditActions.PayoutLedgerDownloaded);
        Assert.Equal(ClaimTestData.Finance.UserId, download.UserId);
        Assert.Contains(entries, e => e.Action == Core.Auditing.AuditActions.PersonalDataShown
                                      && e.UserId == ClaimTestData.Finance.UserId);
    }

    private async Task<int> AddWorkBasedAwardAsync(int enterpriseId)
    {
        await using var db = _database.CreateDbContext();
        var months = new[] { "2020-02", "2020-03", "2020-04" };
        var person = _data.NewIdNumber();
        var award = new Award(Programme.WorkBasedTraining, 9001, "YG120116-000001", enterpriseId, ClaimTestData.Binhai,
            "reviewer-2", ChinaTime.Now(_database.Clock),
            months.Select(month => new AwardLine("李工人", person, "13912345678", month, Money.FromYuan(1000))));
        db.Awards.Add(award);
        await db.SaveChangesAsync(Token);
        return award.Id;
    }

    private async Task<List<Award>> LoadAwardsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Awards.AsNoTracking().Include(a => a.Lines).OrderBy(a => a.Id).ToListAsync(Token);
    }

    private async Task<Dictionary<int, Core.Enterprises.Enterprise>> LoadEnterprisesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Enterprises.AsNoTracking().ToDictionaryAsync(e => e.Id, Token);
    }
}
