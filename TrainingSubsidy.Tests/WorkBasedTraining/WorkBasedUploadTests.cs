using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Files;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class WorkBasedUploadTests
{
    private static WorkBasedUploadService Service(WorkBasedTestContext context) => new(context.Database,
        new FileStore(context.Database.Paths, context.Database.Clock),
        new AuditTrail(context.Database, context.Database.Clock, NullLogger<AuditTrail>.Instance),
        context.Database.Clock);

    [Fact]
    public async Task PayrollProofIsLinkedToMonth()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        using var content = new MemoryStream(SampleFiles.Pdf());

        var result = await Service(context).UploadAsync(scope, id, FilePurpose.PayrollProof, "2020-3", content,
            "工资表.pdf", TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Error);
        var files = await context.Applications.ListFilesAsync(scope, id, TestContext.Current.CancellationToken);
        Assert.Equal("2020-03", Assert.Single(files).ClaimMonth);
    }

    [Fact]
    public async Task ProofWithoutMonthIsRejected()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        using var content = new MemoryStream(SampleFiles.Pdf());

        var result = await Service(context).UploadAsync(scope, id, FilePurpose.PayrollProof, null, content,
            "工资表.pdf", TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("月份", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyOwnerRemovesFile()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var other = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.Applications.CreateDraftAsync(scope, TestContext.Current.CancellationToken);
        var fileId = await context.AddFileAsync(enterprise, FilePurpose.BusinessLicence);
        await context.Applications.AttachFileAsync(scope, id, fileId, null, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(context).RemoveAsync(
            WorkBasedTestContext.EnterpriseUser(other), id, fileId, TestContext.Current.CancellationToken));
        await Service(context).RemoveAsync(scope, id, fileId, TestContext.Current.CancellationToken);

        await using var db = context.Database.CreateDbContext();
        var file = await db.StoredFiles.SingleAsync(f => f.Id == fileId, TestContext.Current.CancellationToken);
        Assert.True(file.IsRemoved);
    }
}
