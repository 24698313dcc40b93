using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class PublicNoticeTests : IAsyncLifetime
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
    public async Task NoticeSpansMayDayHolidays()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));

        var awardId = await _data.AddAwardAsync(enterprise, 2);

        var award = await LoadAsync(awardId);
        Assert.Equal(new DateOnly(2020, 4, 30), award.NoticeStart);
        // 4-30, then 5-6, 5-7, 5-8 and Saturday 5-9, a working day in exchange for the May Day holidays.
        Assert.Equal(new DateOnly(2020, 5, 9), award.NoticeEnd);
        Assert.Equal(AwardStatus.InNotice, award.Status);
    }

    [Fact]
    public async Task AwardBecomesPayableAfterNoticeEnds()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);

        _data.SetToday(new DateOnly(2020, 5, 9));
        await _data.Notice().RefreshAsync(Token);
        var onLastDay = (await LoadAsync(awardId)).Status;
        _data.SetToday(new DateOnly(2020, 5, 10));
        await _data.Notice().RefreshAsync(Token);
        var afterNotice = (await LoadAsync(awardId)).Status;

        Assert.Equal(AwardStatus.InNotice, onLastDay);
        Assert.Equal(AwardStatus.Payable, afterNotice);
    }

    [Fact]
    public async Task OpenObjectionHoldsAward()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);
        _data.SetToday(new DateOnly(2020, 5, 6));
        var objectionId = await _data.Notice().RecordObjectionAsync(ClaimTestData.Finance, awardId, "匿名来电",
            "反映该企业部分职工未实际参加培训", Token);

        _data.SetToday(new DateOnly(2020, 5, 11));
        await _data.Notice().RefreshAsync(Token);
        var held = (await LoadAsync(awardId)).Status;
        await _data.Notice().ResolveObjectionAsync(ClaimTestData.Reviewer, objectionId, upheld: false,
            "电话核实职工均参加了培训，异议不成立", Token);
        var released = (await LoadAsync(awardId)).Status;

        Assert.Equal(AwardStatus.HeldByObjection, held);
        Assert.Equal(AwardStatus.Payable, released);
    }

    [Fact]
    public async Task UpheldObjectionRevokesAward()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);
        var objectionId = await _data.Notice().RecordObjectionAsync(ClaimTestData.Reviewer, awardId, "职工本人",
            "本人未参加培训", Token);

        await _data.Notice().ResolveObjectionAsync(ClaimTestData.Reviewer, objectionId, upheld: true, "核实属实", Token);

        Assert.Equal(AwardStatus.Revoked, (await LoadAsync(awardId)).Status);
    }

    [Fact]
    public async Task WorkBasedAwardGetsNoticeOnRefresh()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        int awardId;
        await using (var db = _database.CreateDbContext())
        {
            var award = new Award(Programme.WorkBasedTraining, 7001, "YG120116-000007", enterprise.Id,
                ClaimTestData.Binhai, "reviewer-2", ChinaTime.Now(_database.Clock),
                [new AwardLine("李工人", _data.NewIdNumber(), "13912345678", "2020-03", Money.FromYuan(1000))]);
            db.Awards.Add(award);
            await db.SaveChangesAsync(Token);
            awardId = award.Id;
        }

        _data.SetToday(new DateOnly(2020, 4, 30));
        var row = Assert.Single(await _data.Notice().ListAsync(ClaimTestData.Finance, Token));

        Assert.Equal(awardId, row.AwardId);
        Assert.Equal(new DateOnly(2020, 4, 30), row.NoticeStart);
        Assert.Equal(new DateOnly(2020, 5, 9), row.NoticeEnd);
        Assert.Equal("人月", row.Programme.QuantityUnit());
    }

    [Fact]
    public async Task NoticeListMasksPeople()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 2);
        _data.SetToday(new DateOnly(2020, 4, 30));
        var reader = ClaimTestData.EnterpriseUser(enterprise) with { EnterpriseId = null };

        var row = Assert.Single(await _data.Notice().ListAsync(reader, Token));

        var award = await LoadAsync(awardId);
        Assert.Equal("滨海新区", row.DistrictName);
        Assert.Equal(2, row.Quantity);
        Assert.Equal(Money.FromYuan(1200), row.Amount);
        Assert.Empty(row.Objections);
        foreach (var line in award.Lines)
        {
            Assert.DoesNotContain(row.MaskedPeople, text => text.Contains(line.IdNumber, StringComparison.Ordinal));
            Assert.DoesNotContain(row.MaskedPeople, text => text.Contains(line.PersonName, StringComparison.Ordinal));
        }

        Assert.All(row.MaskedPeople, text => Assert.StartsWith("王*", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnterpriseCannotRecordObjection()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        _data.SetToday(new DateOnly(2020, 4, 29));
        var awardId = await _data.AddAwardAsync(enterprise, 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _data.Notice().RecordObjectionAsync(
            ClaimTestData.EnterpriseUser(enterprise), awardId, "企业", "内容", Token));

        Assert.Equal(Roles.EnterpriseUser, ClaimTestData.EnterpriseUser(enterprise).Role);
    }

    private async Task<Award> LoadAsync(int awardId)
    {
        await using var db = _database.CreateDbContext();
        return await db.Awards.AsNoTracking().Include(a => a.Lines).SingleAsync(a => a.Id == awardId, Token);
    }
}
