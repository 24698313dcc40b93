using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Tests.Support;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.Oversight;

public sealed class BlacklistTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);
    private static readonly UserScope HepingReviewer = new("r", "reviewer.heping", Roles.DistrictReviewer, null, "120101");

    [Fact]
    public async Task BlacklistedEnterpriseIsFound()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await AddEnterpriseAsync(database, "91120116MA06B2L4GB", "120116", LegalRepresentative);
        var service = Create(database);

        await service.AddAsync(Admin, Request(enterprise.Id), TestContext.Current.CancellationToken);

        var entry = await service.FindActiveAsync(enterprise.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(entry);
        var exception = await Assert.ThrowsAsync<DomainException>(() =>
            service.EnsureNotBlacklistedAsync(enterprise.Id, TestContext.Current.CancellationToken));
        Assert.Contains("黑名单", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReRegisteredCompanyMatchesByLegalRepresentative()
    {
        await using var database = await TestDatabase.CreateAsync();
        var original = await AddEnterpriseAsync(database, "91120116MA06B2L4GB", "120116", LegalRepresentative);
        var service = Create(database);
        await service.AddAsync(Admin, Request(original.Id), TestContext.Current.CancellationToken);

        var reRegistered = await AddEnterpriseAsync(database, NewCode("91120101MA05T7QK3"), "120101", LegalRepresentative);
        var unrelated = await AddEnterpriseAsync(database, NewCode("91120103MA05T7QK4"), "120103",
            ResidentIdNumberTests.WithCheck("12010319800101123"));

        Assert.NotNull(await service.FindActiveAsync(reRegistered.Id, TestContext.Current.CancellationToken));
        Assert.Null(await service.FindActiveAsync(unrelated.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExpiredAndRemovedEntriesDoNotBlock()
    {
        await using var database = await TestDatabase.CreateAsync();
        var expired = await AddEnterpriseAsync(database, "91120116MA06B2L4GB", "120116", null);
        var removed = await AddEnterpriseAsync(database, NewCode("91120101MA05T7QK3"), "120101", null);
        var service = Create(database);
        var expiredRequest = Request(expired.Id);
        expiredRequest.StartDate = new DateOnly(2020, 1, 1);
        expiredRequest.EndDate = new DateOnly(2020, 2, 1);
        await service.AddAsync(Admin, expiredRequest, TestContext.Current.CancellationToken);
        var (_, removedId) = await service.AddAsync(Admin, Request(removed.Id), TestContext.Current.CancellationToken);

        await service.RemoveAsync(Admin, removedId!.Value, "复核后撤销处理决定", TestContext.Current.CancellationToken);

        Assert.Null(await service.FindActiveAsync(expired.Id, TestContext.Current.CancellationToken));
        Assert.Null(await service.FindActiveAsync(removed.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DistrictStaffActOnOwnDistrictOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var binhai = await AddEnterpriseAsync(database, "91120116MA06B2L4GB", "120116", null);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).AddAsync(HepingReviewer, Request(binhai.Id), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EnterpriseUserCannotUseBlacklist()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterpriseUser = new UserScope("e", "enterprise.binhai", Roles.EnterpriseUser, 1, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).ListAsync(enterpriseUser, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShortReasonIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await AddEnterpriseAsync(database, "91120116MA06B2L4GB", "120116", null);
        var request = Request(enterprise.Id);
        request.Reason = "假";

        var (errors, id) = await Create(database).AddAsync(Admin, request, TestContext.Current.CancellationToken);

        Assert.Null(id);
        Assert.NotEmpty(errors.For(nameof(BlacklistRequest.Reason)));
    }

    private static readonly string LegalRepresentative = ResidentIdNumberTests.WithCheck("12011619750315123");

    private static BlacklistService Create(TestDatabase database) =>
        new(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance), database.Clock);

    private static BlacklistRequest Request(int enterpriseId) => new()
    {
        EnterpriseId = enterpriseId,
        Reason = "虚报参训人员骗取培训补贴",
        SupportingDocuments = "测试用处理决定书",
        StartDate = new DateOnly(2020, 3, 1),
    };

    private static string NewCode(string first17) =>
        first17 + Core.Validation.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    private static async Task<Enterprise> AddEnterpriseAsync(TestDatabase database, string code, string district, string? legalId)
    {
        await using var db = database.CreateDbContext();
        var enterprise = new Enterprise($"测试企业{code[^4..]}", code, district, "天津市测试路1号", "张三", "13812345678",
            database.Clock.GetUtcNow());
        enterprise.UpdateProfile(enterprise.Name, district, enterprise.Address, "法人", legalId, "张三", "13812345678");
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return enterprise;
    }
}
