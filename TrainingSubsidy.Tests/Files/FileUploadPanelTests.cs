using System.Security.Cryptography;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Web.Components.Common;

namespace TrainingSubsidy.Tests.Files;

public sealed class FileUploadPanelTests : BunitContext
{
    private static readonly DateTimeOffset Uploaded = new(2020, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public FileUploadPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void PanelStatesRuleLimits()
    {
        var cut = RenderPanel((_, _, _) => throw new InvalidOperationException("not called"));

        Assert.Contains(UploadRules.CommitmentLetterScan.Describe(), cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidFileShowsSuccessAndHash()
    {
        var bytes = SampleFiles.Pdf(4096);
        byte[]? received = null;
        string? receivedName = null;
        StoredFile? raised = null;
        var cut = RenderPanel(
            async (stream, name, token) =>
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, token);
                received = copy.ToArray();
                receivedName = name;
                return UploadResult.Success(StoredFor(received, name));
            },
            file => raised = file);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, "承诺书.pdf"));

        cut.WaitForAssertion(() => Assert.Contains("上传成功", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(bytes, received);
        Assert.Equal("承诺书.pdf", receivedName);
        Assert.NotNull(raised);
        Assert.Contains(raised.Sha256[..12], cut.Markup, StringComparison.Ordinal);
        Assert.Equal(UploadItemStatus.Succeeded, cut.Instance.Items.Single().Status);
    }

    [Fact]
    public void OversizeFileRejectedBeforeSending()
    {
        var called = false;
        var cut = RenderPanel((_, _, _) =>
        {
            called = true;
            return Task.FromResult(UploadResult.Failure("unexpected"));
        });
        var bytes = SampleFiles.Pdf((10 * 1024 * 1024) + 1);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, "big.pdf"));

        cut.WaitForAssertion(() => Assert.Contains("超过大小限制", cut.Markup, StringComparison.Ordinal));
        Assert.False(called);
        Assert.Contains("big.pdf", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongExtensionRejectedBeforeSending()
    {
        var called = false;
        var cut = RenderPanel((_, _, _) =>
        {
            called = true;
            return Task.FromResult(UploadResult.Failure("unexpected"));
        });

        var executable = InputFileContent.CreateFromBinary(SampleFiles.Executable(), "setup.exe");
        cut.FindComponent<InputFile>().UploadFiles(executable);

        cut.WaitForAssertion(() => Assert.Contains("setup.exe", cut.Markup, StringComparison.Ordinal));
        Assert.False(called);
        Assert.Equal(UploadItemStatus.Failed, cut.Instance.Items.Single().Status);
    }

    [Fact]
    public void ServerRejectionShowsMessage()
    {
        var cut = RenderPanel((_, name, _) => Task.FromResult(UploadResult.Failure($"文件“{name}”的扩展名与内容不符")));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Png(), "scan.pdf"));

        cut.WaitForAssertion(() => Assert.Contains("扩展名与内容不符", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(UploadItemStatus.Failed, cut.Instance.Items.Single().Status);
    }

    [Fact]
    public void CallbackExceptionShowsErrorNotCrash()
    {
        var cut = RenderPanel((_, _, _) => throw new InvalidOperationException("database is locked"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf(), "scan.pdf"));

        cut.WaitForAssertion(() => Assert.Contains("保存文件“scan.pdf”失败", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("database is locked", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelButtonStopsUpload()
    {
        var testToken = Xunit.TestContext.Current.CancellationToken;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cut = RenderPanel(async (_, _, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return UploadResult.Failure("unexpected");
        });

        // UploadFiles returns only when the change handler finishes, which here is after the cancel click.
        var input = cut.FindComponent<InputFile>();
        var pdf = InputFileContent.CreateFromBinary(SampleFiles.Pdf(), "scan.pdf");
        var upload = Task.Run(() => input.UploadFiles(pdf), testToken);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), testToken);
        cut.WaitForAssertion(() => Assert.Contains("正在上传", cut.Markup, StringComparison.Ordinal));
        cut.FindAll("button").Single(button => button.TextContent.Trim() == "取消").Click();

        await upload.WaitAsync(TimeSpan.FromSeconds(10), testToken);
        cut.WaitForAssertion(() => Assert.Contains("已取消上传", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(UploadItemStatus.Canceled, cut.Instance.Items.Single().Status);
    }

    [Fact]
    public void MultipleFilesEachGetARow()
    {
        var cut = RenderPanel(
            (stream, name, _) => Task.FromResult(UploadResult.Success(StoredFor([1], name))),
            multiple: true);

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(SampleFiles.Pdf(), "a.pdf"),
            InputFileContent.CreateFromBinary(SampleFiles.Png(), "b.png"),
            InputFileContent.CreateFromBinary(SampleFiles.Executable(), "c.exe"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.Instance.Items.Count(item => !item.IsActive)));
        Assert.Equal(
            [UploadItemStatus.Succeeded, UploadItemStatus.Succeeded, UploadItemStatus.Failed],
            cut.Instance.Items.Select(item => item.Status));
    }

    private IRenderedComponent<FileUploadPanel> RenderPanel(
        Func<Stream, string, CancellationToken, Task<UploadResult>> save,
        Action<StoredFile>? uploaded = null,
        bool multiple = false) =>
        Render<FileUploadPanel>(parameters => parameters
            .Add(panel => panel.Rule, UploadRules.CommitmentLetterScan)
            .Add(panel => panel.Multiple, multiple)
            .Add(panel => panel.SaveAsync, save)
            .Add(panel => panel.Uploaded, file => uploaded?.Invoke(file)));

    private static StoredFile StoredFor(byte[] bytes, string name) => new(
        RandomNumberGenerator.GetHexString(32, lowercase: true) + ".pdf",
        name,
        FileKind.Pdf,
        FilePurpose.CommitmentLetterScan,
        bytes.Length,
        Convert.ToHexStringLower(SHA256.HashData(bytes)),
        enterpriseId: 1,
        uploadedByUserId: "user-1",
        uploadedAt: Uploaded);
}
