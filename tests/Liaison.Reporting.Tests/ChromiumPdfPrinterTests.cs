using System.Globalization;
using Liaison.Domain;

namespace Liaison.Reporting.Tests;

/// <summary>The public report of the Marrakech sample printed to PDF, its text read back with PdfPig.</summary>
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
        Assert.True(text.Contains("MoU on technical and intelligence support"));
        Assert.True(text.Contains("MoU on cross-border crime"));
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
        Assert.True(text.Contains("مذكرة تفاهم بشأن تبادل الدعم التقني والاستخباراتي"));
        Assert.True(text.Contains("MoU on cross-border crime"));
        AssertNamesNoConfidentialParty(text, pdf);
    }

    [SkippableFact]
    public async Task TitlesThePdfWithTheEventAndTheReportOnly()
    {
        var pdf = await PrintPublic("fr");

        Assert.Equal("92nd INTERPOL General Assembly: Bilan des rencontres bilatérales", PdfText.Title(pdf));
    }

    private async Task<byte[]> PrintPublic(string language)
    {
        var printer = chromium.Printer;
        var report = EngagementReportBuilder.Build(MarrakechDossiers.Held(),
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

    private static IReadOnlyList<Party> ScenarioParties() => MarrakechDossiers.Held().Scenario.Parties;
}
