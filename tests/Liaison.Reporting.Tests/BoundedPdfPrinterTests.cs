using System.Text;
using Liaison.Reporting.Pdf;

namespace Liaison.Reporting.Tests;

public sealed class BoundedPdfPrinterTests
{
    [Fact]
    public async Task APrintBeyondTheBoundWaitsForAFreeSlotAndNeverRunsBesideTheOthers()
    {
        var inner = new BlockingPdfPrinter();
        using var printer = new BoundedPdfPrinter(inner, new PdfPrintLimits { MaxConcurrentPrints = 2, QueueTimeoutSeconds = 600 });

        var prints = Enumerable.Range(1, 3).Select(i => printer.PrintAsync($"page {i}")).ToList();
        await inner.StartedAsync(2);
        var startedWhileFull = inner.Started;
        inner.Release();
        var pdfs = await Task.WhenAll(prints);

        Assert.Equal(2, startedWhileFull);
        Assert.Equal(3, inner.Started);
        Assert.Equal(2, inner.MostAtOnce);
        Assert.Equal(["page 1", "page 2", "page 3"], pdfs.Select(p => Encoding.UTF8.GetString(p)));
    }

    [Fact]
    public async Task APrintBeyondTheBoundIsRefusedWhenNoSlotComesFreeInTime()
    {
        var inner = new BlockingPdfPrinter();
        using var printer = new BoundedPdfPrinter(inner, new PdfPrintLimits { MaxConcurrentPrints = 1, QueueTimeoutSeconds = 0 });

        var first = printer.PrintAsync("first");
        await inner.StartedAsync(1);
        var busy = await Assert.ThrowsAsync<PdfPrinterBusyException>(() => printer.PrintAsync("second"));
        inner.Release();

        Assert.Equal("first", Encoding.UTF8.GetString(await first));
        Assert.Equal(1, inner.Started);
        Assert.Equal(TimeSpan.FromSeconds(1), busy.RetryAfter);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(2, -1)]
    public void LimitsOutOfRangeAreRefused(int maxConcurrentPrints, int queueTimeoutSeconds)
    {
        var limits = new PdfPrintLimits { MaxConcurrentPrints = maxConcurrentPrints, QueueTimeoutSeconds = queueTimeoutSeconds };

        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedPdfPrinter(new BlockingPdfPrinter(), limits));
    }
}
