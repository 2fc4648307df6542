using System.Net;

namespace Liaison.Cli.Tests.Reporting;

public class ReportCommandTests
{
    private static readonly string Sample = CliHarness.SampleScenario();

    [Fact]
    public void WritesThePublicHtmlReportOfTheSampleWithNoDatabase()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("report.html");

        var outcome = CliHarness.Run("report", Sample, "--lang", "en", "--public", "--out", file);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal($"Wrote {file}: public report in en, 43 meetings (18 not named), 2 agreements signed.", outcome.LastLine);
        var html = File.ReadAllText(file);
        Assert.Contains("Bilateral meetings held: 43", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Undisclosed", html, StringComparison.Ordinal);
        Assert.Equal(["report.html"], temp.Listing());
    }

    [Fact]
    public void WritesTheInternalReportWithTheEventsOwnRegionsInFrench()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("interne.html");

        var outcome = CliHarness.Run("report", Sample, "--lang", "fr", "--internal", "--regions", "event", "--out", file);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        var html = File.ReadAllText(file);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Latin America", html, StringComparison.Ordinal);
        Assert.Contains("Pays membre non divulgué 1", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void PrintsTheArabicPublicReportToPdf()
    {
        Skip.IfNot(File.Exists("/usr/bin/chromium") || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "No Chromium at /usr/bin/chromium: apt-get install -y chromium fonts-noto-core to run the PDF tests.");
        using var temp = new TempFolder();
        var file = temp.Combine("report.pdf");

        var outcome = CliHarness.Run("report", Sample, "--lang", "ar", "--public", "--out", file);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(file)[..5]);
    }

    [Theory]
    [InlineData("--public", "--internal")]
    [InlineData("--clearance")]
    [InlineData("--public", "--clearance")]
    public void RefusesAnAudienceThatIsNotExactlyOneAndWritesNothing(params string[] audience)
    {
        using var temp = new TempFolder();

        var outcome = CliHarness.Run(["report", Sample, "--lang", "en", .. audience, "--out", temp.Combine("report.html")]);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.Contains("--public", StringComparison.Ordinal) || l.Contains("--clearance", StringComparison.Ordinal));
        Assert.Empty(temp.Listing());
    }

    [Fact]
    public void RefusesALanguageOtherThanTheFour()
    {
        using var temp = new TempFolder();

        var outcome = CliHarness.Run("report", Sample, "--lang", "de", "--public", "--out", temp.Combine("report.html"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains("de", outcome.Errors, StringComparison.Ordinal);
        Assert.Empty(temp.Listing());
    }

    [Fact]
    public void RefusesAnOutputThatIsNeitherHtmlNorPdf()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("report.docx");

        var outcome = CliHarness.Run("report", Sample, "--lang", "en", "--public", "--out", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Equal($"{file}: --out must end in .html or .pdf. Fix: e.g. --out report.pdf.", outcome.LastErrorLine);
        Assert.Empty(temp.Listing());
    }

    [Fact]
    public void NamesTheFileAndThePlaceOfEachProblemInABadEventFile()
    {
        using var temp = new TempFolder();
        var source = temp.WriteFile("event.json", "{ \"formatVersion\": 1 }");

        var outcome = CliHarness.Run("report", source, "--lang", "en", "--public", "--out", temp.Combine("report.html"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.All(outcome.ErrorLines.Where(l => l.Length > 0), l => Assert.StartsWith(source, l, StringComparison.Ordinal));
        Assert.Equal(["event.json"], temp.Listing());
    }

    [Fact]
    public void LeavesTheOldReportInPlaceWhenTheSourceIsMissing()
    {
        using var temp = new TempFolder();
        var file = temp.WriteFile("report.html", "old");

        var outcome = CliHarness.Run("report", temp.Combine("missing.json"), "--lang", "en", "--public", "--out", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains("no such file", outcome.LastErrorLine, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(file));
    }
}
