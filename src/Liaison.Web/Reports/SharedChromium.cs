using Liaison.Reporting.Pdf;

namespace Liaison.Web.Reports;

/// <summary>
/// One long-lived headless Chromium for every PDF the server prints: launched at the first print, each print in its own
/// browser context (isolated cookies, storage and page, as <see cref="ChromiumPdfPrinter"/> does), relaunched if the
/// browser has gone, closed when the host stops. Playwright supports concurrent contexts in one browser.
/// </summary>
/// <remarks>Thread-safe; a singleton. How many prints run at once is bounded by <see cref="BoundedPdfPrinter"/> around it.</remarks>
/// <param name="configuration">Reads <see cref="ReportsApi.ChromiumKey"/>, the browser's path (Debian's by default).</param>
internal sealed class SharedChromium(IConfiguration configuration) : IPdfPrinter, IAsyncDisposable
{
    private readonly SemaphoreSlim _launch = new(1, 1);
    private ChromiumPdfPrinter? _printer;

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">No browser at the configured path; the message says how to install one.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        var printer = await BrowserAsync(cancellationToken);
        return await printer.PrintAsync(html, cancellationToken);
    }

    /// <summary>Closes the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }

        _launch.Dispose();
    }

    private async Task<ChromiumPdfPrinter> BrowserAsync(CancellationToken cancellationToken)
    {
        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_printer is { IsConnected: false } gone)
            {
                _printer = null;
                await gone.DisposeAsync();
            }

            return _printer ??= await ChromiumPdfPrinter.LaunchAsync(configuration[ReportsApi.ChromiumKey] ?? ChromiumPdfPrinter.DebianChromium);
        }
        finally
        {
            _launch.Release();
        }
    }
}
