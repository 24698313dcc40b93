using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class PayoutBatchTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ClaimTestData _data = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ClaimTestData(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReviewerCannotPayOwnApproval()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        // A user who approved as reviewer and later works in finance keeps the same user id.
        var reviewerInFinance = ClaimTestData.Finance with { UserId = ClaimTestData.Reviewer.UserId };
        var awardId = await _data.AddAwardAsync(enterprise, 1);
        _data.SetToday(new DateOnly(2020, 5, 11));

        var payable = Assert.Single(await _data.Batches().ListPayableAsync(reviewerInFinance, Token));
        var exception = await Assert.ThrowsAsync<DomainException>(
            () => _data.Batches().CreateAsync(reviewerInFinance, [awardId], Token));

        Assert.True(payable.ApprovedByCurrentUser);
        Assert.Contains("由您本人审核通过", exception.Message, StringComparison.Ordinal);
        Assert.Equal(AwardStatus.Payable, (await LoadAwardAsync(awardId)).Status);
    }

    [Fact]
    public async Task AwardInNoticeCannotJoinBatch()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);

        var exception = await Assert.ThrowsAsync<DomainException>(
            () => _data.Batches().CreateAsync(ClaimTestData.Finance, [awardId], Token));

        Assert.Contains("公示中", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchLocksAfterFirstExport()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var first = await _data.AddAwardAsync(enterprise, 1);
        var second = await _data.AddAwardAsync(enterprise, 2);
        _data.SetToday(new DateOnly(2020, 5, 11));
        var batchId = await _data.Batches().CreateAsync(ClaimTestData.Finance, [first], Token);
        await _data.Batches().AddAsync(ClaimTestData.Finance, batchId, second, Token);
        await _data.Batches().RemoveAsync(ClaimTestData.Finance, batchId, second, Token);

        var file = await _data.Ledgers().ExportAsync(ClaimTestData.Finance, batchId, LedgerFormat.Pdf, Token);
        var addAfterExport = await Assert.ThrowsAsync<DomainException>(
            () => _data.Batches().AddAsync(ClaimTestData.Finance, batchId, second, Token));
        var removeAfterExport = await Assert.ThrowsAsync<DomainException>(
            () => _data.Batches().RemoveAsync(ClaimTestData.Finance, batchId, first, Token));

        var (batch, awards) = await _data.Batches().GetAsync(ClaimTestData.Finance, batchId, Token);
        Assert.NotNull(file);
        Assert.Equal(PayoutBatchStatus.Locked, batch.Status);
        Assert.Equal([first], awards.Select(a => a.AwardId));
        Assert.Contains("已导出台账并锁定", addAfterExport.Message, StringComparison.Ordinal);
        Assert.Contains("已导出台账并锁定", removeAfterExport.Message, StringComparison.Ordinal);
        Assert.Equal(AwardStatus.Payable, (await LoadAwardAsync(second)).Status);
    }

    [Fact]
    public async Task FailedPaymentReturnsForLaterBatch()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var paid = await _data.AddAwardAsync(enterprise, 1);
        var failed = await _data.AddAwardAsync(enterprise, 1);
        _data.SetToday(new DateOnly(2020, 5, 11));
        var batches = _data.Batches();
        var batchId = await batches.CreateAsync(ClaimTestData.Finance, [paid, failed], Token);

        var beforeExport = await Assert.ThrowsAsync<DomainException>(
            () => batches.MarkSentAsync(ClaimTestData.Finance, batchId, paid, Token));
        await _data.Ledgers().ExportAsync(ClaimTestData.Finance, batchId, LedgerFormat.Excel, Token);
        await batches.MarkSentAsync(ClaimTestData.Finance, batchId, paid, Token);
        await batches.MarkSentAsync(ClaimTestData.Finance, batchId, failed, Token);
        await batches.MarkPaidAsync(ClaimTestData.Finance, batchId, paid, Token);
        await Assert.ThrowsAsync<DomainException>(
            () => batches.MarkFailedAsync(ClaimTestData.Finance, batchId, failed, " ", Token));
        await batches.MarkFailedAsync(ClaimTestData.Finance, batchId, failed, "账号户名不符", Token);

        var (batch, _) = await batches.GetAsync(ClaimTestData.Finance, batchId, Token);
        var retry = Assert.Single(await batches.ListPayableAsync(ClaimTestData.Finance, Token));
        var retryBatch = await batches.CreateAsync(ClaimTestData.Finance, [failed], Token);
        Assert.Contains("尚未导出台账", beforeExport.Message, StringComparison.Ordinal);
        Assert.Equal(PayoutBatchStatus.Completed, batch.Status);
        Assert.Equal(AwardStatus.Paid, (await LoadAwardAsync(paid)).Status);
        Assert.Equal(failed, retry.AwardId);
        Assert.Equal(AwardStatus.Failed, retry.Status);
        Assert.Equal("账号户名不符", retry.FailureReason);
        Assert.Equal(AwardStatus.InBatch, (await LoadAwardAsync(failed)).Status);
        Assert.NotEqual(batchId, retryBatch);
    }

    [Fact]
    public async Task EnterpriseSeesPaymentStatus()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);
        var user = ClaimTestData.EnterpriseUser(enterprise);
        var inNotice = Assert.Single(await _data.Claims().ListAsync(user, Token)).StatusText;
        _data.SetToday(new DateOnly(2020, 5, 11));
        var batchId = await _data.Batches().CreateAsync(ClaimTestData.Finance, [awardId], Token);
        await _data.Ledgers().ExportAsync(ClaimTestData.Finance, batchId, LedgerFormat.Pdf, Token);
        await _data.Batches().MarkSentAsync(ClaimTestData.Finance, batchId, awardId, Token);
        var waiting = Assert.Single(await _data.Claims().ListAsync(user, Token)).StatusText;
        await _data.Batches().MarkPaidAsync(ClaimTestData.Finance, batchId, awardId, Token);
        var done = Assert.Single(await _data.Claims().ListAsync(user, Token)).StatusText;

        Assert.Equal("已通过（公示中）", inNotice);
        Assert.Equal("待拨付", waiting);
        Assert.Equal("已拨付", done);
    }

    [Theory]
    [InlineData(Roles.DistrictFinance, "120116", true)]
    [InlineData(Roles.DistrictReviewer, "120116", true)]
    [InlineData(Roles.CityAdmin, null, true)]
    [InlineData(Roles.DistrictFinance, "120101", false)]
    [InlineData(Roles.DistrictReviewer, "120101", false)]
    [InlineData(Roles.EnterpriseUser, "120116", false)]
    public void LedgerDownloadAccessRule(string role, string? district, bool allowed)
    {
        var scope = new UserScope("user", "user", role, role == Roles.EnterpriseUser ? 1 : null, district);

        Assert.Equal(allowed, PayoutAccess.CanDownloadLedger(scope, "120116"));
    }

    [Fact]
    public async Task OtherDistrictCannotExportLedger()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);
        _data.SetToday(new DateOnly(2020, 5, 11));
        var batchId = await _data.Batches().CreateAsync(ClaimTestData.Finance, [awardId], Token);
        var heping = new UserScope("finance-heping", "finance.heping", Roles.DistrictFinance, null, "120101");

        await Assert.ThrowsAsync<AccessDeniedException>(
            () => _data.Ledgers().ExportAsync(heping, batchId, LedgerFormat.Excel, Token));
        var missing = await _data.Ledgers().ExportAsync(ClaimTestData.Finance, batchId + 100, LedgerFormat.Excel, Token);

        Assert.Null(missing);
    }

    private async Task<Award> LoadAwardAsync(int awardId)
    {
        await using var db = _database.CreateDbContext();
        return await db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId, Token);
    }
}
