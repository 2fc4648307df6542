using System.Globalization;
using Liaison.Domain;
using Liaison.Interchange;

namespace Liaison.Reporting.Tests;

/// <summary>The public report of the Marrakech sample's event file (records and MoUs) printed to PDF, its text read back with PdfPig.</summary>
public class ChromiumPdfPrinterTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string[] PublicPartnersEnglish =
        ["Poland", "Serbia", "Russia", "Sweden", "Denmark", "Switzerland", "Spain", "Germany", "Norway", "Benin", "Mauritania",
         "Burkina Faso", "Mali", "Cameroon", "Ethiopia", "Chile", "Argentina", "India", "Türkiye", "Bahrain", "China", "South Korea"];

    private static readonly string[] PublicPartnersArabic =
        ["بولندا", "صربيا", "روسيا", "السويد", "الدانمرك", "سويسرا", "إسبانيا", "ألمانيا", "النرويج", "بنين", "موريتانيا",
         "بوركينا فاسو", "مالي", "الكاميرون", "إثيوبيا", "تشيلي", "الأرجنتين", "الهند", "تركيا", "البحرين", "الصين", "كوريا الجنوبية"];

    [SkippableFact]
    public async Task PublicEnglishReportStatesTheMeetingsNamesPartnersUnderRegionsAndListsTheAgreements()
    {
        var pdf = await PrintPublic("en");
        var text = PdfText.Read(pdf);

        Assert.True(text.Contains("Bilateral meetings held: 43"), text.Raw);
        Assert.True(text.Contains("Of these, 18 not made public are counted here but not named."));
        Assert.All(PublicPartnersEnglish, name => Assert.True(text.Contains(name), name));
        Assert.True(text.Contains("Europe (Meetings: 9)"));
        Assert.True(text.Contains("Africa (Meetings: 6)"));
        Assert.True(text.Contains("Asia (Meetings: 5)"));
        Assert.True(text.Contains("Americas (Meetings: 2)"));
        Assert.All(Sample().Agreements, a => Assert.True(text.Contains(a.Titles["en"]), a.Titles["en"]));
        AssertNamesNoConfidentialParty(text, pdf);
    }

    [SkippableFact]
    public async Task PublicArabicReportIsShapedAndStatesTheSameFacts()
    {
        var pdf = await PrintPublic("ar");
        var text = PdfText.Read(pdf);

        Assert.Contains(text.FontNames, f => f.Contains("NotoNaskhArabic", StringComparison.Ordinal));
        Assert.True(text.Contains("عدد اللقاءات الثنائية المنعقدة: 43"), text.Raw);
        Assert.True(text.Contains("من بينها 18 لم يُعلَن عنها"));
        Assert.All(PublicPartnersArabic, name => Assert.True(text.Contains(name), name));
        Assert.True(text.Contains("أوروبا (اللقاءات: 9)"));
        Assert.True(text.Contains("أفريقيا (اللقاءات: 6)"));
        Assert.All(Sample().Agreements, a => Assert.True(text.Contains(FirstLineOf(a.Titles["ar"])), a.Titles["ar"]));
        Assert.True(text.Contains("الاتفاقيات الموقعة: 2"));
        AssertNamesNoConfidentialParty(text, pdf);
    }

    [SkippableFact]
    public async Task TitlesThePdfWithTheEventAndTheReportOnly()
    {
        var pdf = await PrintPublic("fr");

        Assert.Equal("92nd INTERPOL General Assembly: Bilan des rencontres bilatérales", PdfText.Title(pdf));
    }

    [Fact]
    public async Task SaysHowToInstallTheBrowserWhenItIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName(), "chromium");

        var problem = await Assert.ThrowsAsync<FileNotFoundException>(() => Pdf.ChromiumPdfPrinter.LaunchAsync(missing));

        Assert.Equal($"No Chromium at {missing}. Fix: apt-get install -y chromium fonts-noto-core (as root).", problem.Message);
    }

    private async Task<byte[]> PrintPublic(string language)
    {
        var printer = chromium.Printer;
        var report = EngagementReportBuilder.Build(Sample(),
            new ReportOptions(CultureInfo.GetCultureInfo(language), ReportAudience.Public, ConfidentialClearance: false, RegionScheme.M49), []);
        return await printer.PrintAsync(await ReportHtml.RenderAsync(report));
    }

    private static void AssertNamesNoConfidentialParty(PdfText text, byte[] pdf)
    {
        var confidential = ScenarioParties().Where(p => p.Code.StartsWith('X')).ToList();
        Assert.Equal(18, confidential.Count);
        Assert.All(confidential, party => Assert.False(text.Contains(party.Name), party.Name));
        Assert.DoesNotContain("Undisclosed", text.Raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Undisclosed", PdfText.Title(pdf) ?? "", StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<Party> ScenarioParties() => Sample().Scenario.Parties;

    private static EventDossier Sample() => EventFile.Read(MarrakechDossiers.SamplePath);

    /// <summary>
    /// The first words of a long right-to-left title: each printed line comes out reversed on its own, so a title
    /// that wraps is sought by the words that fit on its first line.
    /// </summary>
    private static string FirstLineOf(string title) => string.Join(' ', title.Split(' ').Take(6));
}
