using AngleSharp.Html.Parser;

namespace Liaison.Reporting.Tests;

public class ReportHtmlTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("es", "ltr")]
    [InlineData("fr", "ltr")]
    public async Task SetsLangAndDirFromTheCulture(string language, string direction)
    {
        var document = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small(language)));

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, document.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task IsOneSelfContainedDocumentWithoutScriptsOrExternalReferences()
    {
        var html = await ReportHtml.RenderAsync(HandBuiltReports.Small("en"));
        var document = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, img"));
        Assert.DoesNotContain(document.QuerySelectorAll("[src], [href]"), e => true);
        Assert.Contains("size: A4", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, document.QuerySelectorAll("svg.chart").Length);
    }

    [Fact]
    public async Task EncodesDataSoMarkupInANameStaysText()
    {
        var hostile = "<script>alert(1)</script> & \"Poland\"";
        var html = await ReportHtml.RenderAsync(HandBuiltReports.Small("en", partnerName: hostile));
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent.Contains(hostile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WritesLabelsNumbersAndDatesInTheReportsLanguage()
    {
        var document = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small("fr")));
        var text = document.Body!.TextContent;

        Assert.Contains("Rencontres bilatérales tenues : 5", text, StringComparison.Ordinal);
        Assert.Contains("Dont 2 non rendues publiques", text, StringComparison.Ordinal);
        Assert.Contains("dimanche 24 novembre 2024", text, StringComparison.Ordinal);
        Assert.Contains("Mémorandum d'entente", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrawsChartValuesAndLabelsAsText()
    {
        var document = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small("en")));
        var topics = document.QuerySelector("svg#chart-topics, svg[aria-labelledby='chart-topics']")!;

        Assert.Equal("Meetings by topic", topics.QuerySelector("title")!.TextContent);
        Assert.Equal(["Cybercrime", "Terrorism"], topics.QuerySelectorAll("text.chart-label").Select(t => t.TextContent));
        Assert.Equal(["4", "1"], topics.QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
    }

    [Fact]
    public async Task ShowsSummariesOnlyToTheInternalAudienceAndMarksWithheldOnes()
    {
        var publicPage = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small("en", ReportAudience.Public)));
        var internalPage = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small("en", ReportAudience.Internal)));

        Assert.DoesNotContain("Summary", publicPage.QuerySelector("table thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Signed the MoU.", internalPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Restricted: for cleared readers only", internalPage.QuerySelector("td.withheld")!.TextContent);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("es")]
    [InlineData("fr")]
    public async Task UsesNoEnglishLabelInATranslatedReport(string language)
    {
        var english = new ReportText(System.Globalization.CultureInfo.InvariantCulture);
        var labels = new[] { "ReportTitle", "AtAGlance", "RegionsHeading", "TopicsHeading", "AgreementsHeading", "NewPartnersHeading", "DaysChart", "MeetingsHeading", "ColumnPartner", "MapNote" };
        var text = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small(language))).DocumentElement.TextContent;

        Assert.All(labels, key => Assert.DoesNotContain(english[key], text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShadesOnTheMapOnlyTheCountriesTheReportNames()
    {
        var document = Parse(await ReportHtml.RenderAsync(HandBuiltReports.Small("en")));
        var map = document.QuerySelector("figure.map svg")!;
        var shaded = map.QuerySelectorAll("path[data-country] title")
            .Select(t => t.TextContent)
            .Where(t => !t.EndsWith("No named meeting", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["ET: 1", "PL: 2"], shaded);
        Assert.Equal("Meetings per partner country", map.QuerySelector("title")!.TextContent);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
