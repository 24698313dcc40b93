using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Evidence;
using TrainingSubsidy.Tests.Files;
using TrainingSubsidy.Tests.OnlineTraining.Learning;

namespace TrainingSubsidy.Tests.OnlineTraining.Evidence;

public sealed class EvidenceServiceTests
{
    [Fact]
    public async Task OwnerUploadsAndReviewerSeesList()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);

        var result = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Pdf()),
            "平台报告.pdf", CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var list = await service.ListAsync(Reviewer(fixture.Enterprise.DistrictCode), fixture.Plan.Id,
            CancellationToken.None);
        var file = Assert.Single(list.Files);
        Assert.Equal("平台报告.pdf", file.OriginalName);
        Assert.Equal(64, file.Sha256.Length);
        Assert.False(list.CanUpload);
        Assert.False(list.CanRemove);
        Assert.True((await service.ListAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None)).CanUpload);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(entry => entry.Action == AuditActions.FileUploaded));
    }

    [Fact]
    public async Task UploadByOthersIsDenied()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);
        var otherEnterprise = new UserScope("x", "别家", Roles.EnterpriseUser, fixture.Enterprise.Id + 50, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.UploadAsync(otherEnterprise, fixture.Plan.Id,
            new MemoryStream(SampleFiles.Png()), "a.png", CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.UploadAsync(
            Reviewer(fixture.Enterprise.DistrictCode), fixture.Plan.Id, new MemoryStream(SampleFiles.Png()), "a.png",
            CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListAsync(Reviewer("120101"), fixture.Plan.Id,
            CancellationToken.None));
    }

    [Fact]
    public async Task UploadToUnapprovedPlanFails()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(status: PlanStatus.Submitted);
        var service = CreateService(fixture);

        var result = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Png()),
            "a.png", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("审核通过", result.Error);
    }

    [Fact]
    public async Task UploadAfterClaimSubmittedFails()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        await using (var db = fixture.Database.CreateDbContext())
        {
            var trainee = fixture.Plan.Trainees.First();
            db.SubsidyClaims.Add(new Core.Claims.SubsidyClaim("BT120116-000001", fixture.Plan.Id, fixture.Plan.EnterpriseId,
                fixture.Plan.DistrictCode, new Core.Claims.BankAccount("测试银行", "测试企业", "1234567890"),
                Core.Common.Money.FromYuan(600), "owner", fixture.Database.Clock.GetUtcNow(),
                [new Core.Claims.ClaimTrainee(trainee.Id, trainee.Name, trainee.IdNumber, trainee.Phone, trainee.Post, 8, 8, null)]));
            await db.SaveChangesAsync();
        }

        var service = CreateService(fixture);

        var result = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Png()),
            "late.png", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("补贴申请已提交", result.Error);
    }

    [Fact]
    public async Task UploadBeyondCountLimitFails()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);
        await AddEvidenceRecordsAsync(fixture, UploadRules.TrainingEvidence.MaxCount);

        var result = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Png()),
            "a.png", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains($"最多上传 {UploadRules.TrainingEvidence.MaxCount} 个文件", result.Error);
    }

    [Fact]
    public async Task RemovedFileIsMarkedKeptAndAudited()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);
        var upload = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Jpeg()),
            "现场照片.jpg", CancellationToken.None);
        var fileId = upload.File!.Id;

        await service.RemoveAsync(fixture.Owner, fixture.Plan.Id, fileId, CancellationToken.None);

        Assert.Empty((await service.ListAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None)).Files);
        await using var db = fixture.Database.CreateDbContext();
        var stored = await db.StoredFiles.SingleAsync(file => file.Id == fileId);
        Assert.True(stored.IsRemoved);
        Assert.Equal(fixture.Owner.UserId, stored.RemovedByUserId);
        Assert.True(File.Exists(Path.Combine(fixture.Database.Paths.FilesDirectory, stored.StoredName)));
        Assert.Equal(1, await db.AuditEntries.CountAsync(entry => entry.Action == AuditActions.FileRemoved));
    }

    [Fact]
    public async Task RemovalByReviewerIsDenied()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);
        var upload = await service.UploadAsync(fixture.Owner, fixture.Plan.Id, new MemoryStream(SampleFiles.Jpeg()),
            "现场照片.jpg", CancellationToken.None);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RemoveAsync(
            Reviewer(fixture.Enterprise.DistrictCode), fixture.Plan.Id, upload.File!.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RemovalFromUnapprovedPlanFails()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(status: PlanStatus.Submitted);
        var service = CreateService(fixture);
        var fileId = (await AddEvidenceRecordsAsync(fixture, 1))[0];

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            service.RemoveAsync(fixture.Owner, fixture.Plan.Id, fileId, CancellationToken.None));

        Assert.Contains("审核通过", error.Message);
    }

    [Fact]
    public async Task RemovalOfOtherPlansFileFails()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = CreateService(fixture);
        var otherPlan = await Support.PlanBuilder.AddPlanAsync(fixture.Database, fixture.Enterprise, 1);
        var upload = await service.UploadAsync(fixture.Owner, otherPlan.Id, new MemoryStream(SampleFiles.Jpeg()),
            "现场照片.jpg", CancellationToken.None);

        await Assert.ThrowsAsync<DomainException>(() =>
            service.RemoveAsync(fixture.Owner, fixture.Plan.Id, upload.File!.Id, CancellationToken.None));
    }

    private static EvidenceService CreateService(LearningImportFixture fixture) =>
        new(fixture.Database, new FileStore(fixture.Database.Paths, fixture.Database.Clock), fixture.Audit,
            fixture.Database.Clock, NullLogger<EvidenceService>.Instance);

    private static UserScope Reviewer(string district) =>
        new("reviewer", "审核员", Roles.DistrictReviewer, null, district);

    private static async Task<List<int>> AddEvidenceRecordsAsync(LearningImportFixture fixture, int count)
    {
        await using var db = fixture.Database.CreateDbContext();
        var files = Enumerable.Range(0, count)
            .Select(index => new StoredFile($"{Guid.NewGuid():N}.png", $"照片{index}.png", FileKind.Png,
                FilePurpose.TrainingEvidence, 100, new string('a', 64), fixture.Enterprise.Id, fixture.Owner.UserId,
                fixture.Database.Clock.GetUtcNow()) { TrainingPlanId = fixture.Plan.Id })
            .ToList();
        db.StoredFiles.AddRange(files);
        await db.SaveChangesAsync();
        return files.Select(file => file.Id).ToList();
    }
}
