using Liaison.Reporting.Pdf;

namespace Liaison.Reporting.Tests;

/// <summary>
/// One Chromium for a test class's PDF tests. Without <c>/usr/bin/chromium</c> the tests skip with a message,
/// except on CI (<c>CI=true</c>), where a missing browser is a failure.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private ChromiumPdfPrinter? _printer;

    /// <summary>The printer; skips the calling test (or fails it on CI) when no browser is installed.</summary>
    public ChromiumPdfPrinter Printer
    {
        get
        {
            var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Skip.If(_printer is null && !onCi,
                $"No Chromium at {ChromiumPdfPrinter.DebianChromium}: apt-get install -y chromium fonts-noto-core to run the PDF tests.");
            return _printer ?? throw new InvalidOperationException(
                $"CI=true but no Chromium at {ChromiumPdfPrinter.DebianChromium}: .ci/run must install it (install_browser).");
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (File.Exists(ChromiumPdfPrinter.DebianChromium))
        {
            _printer = await ChromiumPdfPrinter.LaunchAsync();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }
}
