using System.Globalization;
using Liaison.Domain;
using Liaison.Reference;

namespace Liaison.Reporting.Tests;

/// <summary>A partner whose only meeting is confidential is named in no part of any public output.</summary>
public class PublicityTests
{
    public static TheoryData<string> Languages => new() { "ar", "en", "es", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task NamesAConfidentialPartnerNowhereInThePublicPage(string language)
    {
        var dossier = MarrakechDossiers.Held(id => id == "R01" ? Publicity.Confidential : null);
        var report = EngagementReportBuilder.Build(dossier,
            new ReportOptions(CultureInfo.GetCultureInfo(language), ReportAudience.Public, ConfidentialClearance: true, RegionScheme.M49), []);

        var html = await ReportHtml.RenderAsync(report);

        Assert.All(ReportOptions.Languages, other =>
            Assert.DoesNotContain(TerritoryNames.Cldr.GetName("PL", CultureInfo.GetCultureInfo(other)), html, StringComparison.OrdinalIgnoreCase));
        var poland = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("path[data-country='PL'] title")!;
        Assert.EndsWith(new ReportText(report.Options.Culture)["MapNoData"], poland.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Polish", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Illustrative summary", html, StringComparison.Ordinal);
        Assert.Equal(19, report.Meetings.Unnamed);
    }

    [Fact]
    public async Task NamesTheSamePartnerInTheInternalPage()
    {
        var dossier = MarrakechDossiers.Held(id => id == "R01" ? Publicity.Confidential : null);
        var report = EngagementReportBuilder.Build(dossier,
            new ReportOptions(CultureInfo.GetCultureInfo("en"), ReportAudience.Internal, ConfidentialClearance: false, RegionScheme.M49), []);

        var html = await ReportHtml.RenderAsync(report);

        Assert.Contains("Poland", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Illustrative summary", html, StringComparison.Ordinal);
    }
}
