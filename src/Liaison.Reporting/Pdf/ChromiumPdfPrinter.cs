using Microsoft.Playwright;

namespace Liaison.Reporting.Pdf;

/// <summary>
/// Prints HTML pages to PDF in headless Chromium (Debian's <c>/usr/bin/chromium</c>, driven by Playwright; no browser
/// is downloaded). Chromium shapes Arabic with HarfBuzz and lays it out right to left, given a font that covers it
/// (fonts-noto-core's Noto Naskh Arabic, named in the report's CSS).
/// </summary>
/// <remarks>
/// One browser per printer: launch once, print many pages, dispose. Each print runs in its own browser context with
/// JavaScript off and the network offline, so a page can neither run code nor fetch anything. Prints may run
/// concurrently; disposal must wait until they end.
/// </remarks>
public sealed class ChromiumPdfPrinter : IPdfPrinter, IAsyncDisposable
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumPdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>
    /// Command-line switches for Chromium on a machine with no network but the package registries and no display:
    /// without the background-networking ones, Chromium keeps trying to reach Google's hosts. Running as root needs
    /// <c>--no-sandbox</c>.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Starts Playwright's driver and launches a headless Chromium.</summary>
    /// <param name="executablePath">The Chromium binary; Debian's by default.</param>
    /// <returns>A printer owning the browser; dispose it to close the browser.</returns>
    /// <exception cref="FileNotFoundException">When no browser is at <paramref name="executablePath"/>; the message says how to install one.</exception>
    /// <exception cref="PlaywrightException">When the browser does not start.</exception>
    public static async Task<ChromiumPdfPrinter> LaunchAsync(string executablePath = DebianChromium)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        if (!File.Exists(executablePath))
        {
            throw new FileNotFoundException(
                $"No Chromium at {executablePath}. Fix: apt-get install -y chromium fonts-noto-core (as root).", executablePath);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = LaunchArguments,
            });
            return new ChromiumPdfPrinter(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Whether the browser is still running; a printer whose browser has gone cannot print again.</summary>
    public bool IsConnected => _browser.IsConnected;

    /// <summary>Prints a self-contained HTML page to an A4 PDF, backgrounds included, honouring the page's <c>@page</c> rules.</summary>
    /// <param name="html">The whole document; external references are not loaded.</param>
    /// <param name="cancellationToken">Cancels the print before it starts (Playwright cannot stop one under way).</param>
    /// <returns>The PDF's bytes. Its title metadata is the page's <c>&lt;title&gt;</c>.</returns>
    /// <exception cref="PlaywrightException">When the browser fails to render or print.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
    }

    /// <summary>Closes the browser and stops Playwright's driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
