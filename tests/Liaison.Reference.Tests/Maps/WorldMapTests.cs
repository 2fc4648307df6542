using System.Globalization;
using System.Xml.Linq;
using Liaison.Reference.Maps;

namespace Liaison.Reference.Tests.Maps;

public class WorldMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly WorldMap Map = WorldMap.NaturalEarth110m;

    private static MapShading Shading(params (string Code, int Count)[] values) => new(
        values.ToDictionary(value => value.Code, value => value.Count),
        "Partners by number of meetings",
        count => count.ToString(CultureInfo.InvariantCulture),
        "No meeting");

    private static XElement Render(MapShading shading) => XElement.Parse(Map.RenderSvg(shading));

    private static XElement CountryPath(XElement svg, string code) =>
        Assert.Single(svg.Descendants(Svg + "path"), path => (string?)path.Attribute("data-country") == code);

    [Fact]
    public void RendersAStandaloneAccessibleSvg()
    {
        var svg = Render(Shading(("MA", 1)));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Matches(@"^0 0 960 \d+$", (string?)svg.Attribute("viewBox"));
        Assert.Equal("Partners by number of meetings", svg.Element(Svg + "title")?.Value);
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), attribute =>
            attribute.Name.LocalName is "href" || attribute.Value.Contains("url(", StringComparison.Ordinal));
    }

    [Fact]
    public void DrawsOnePathPerOutlinedCountryWhenNoSmallCountryHasData()
    {
        var svg = Render(Shading(("MA", 2)));
        var codes = svg.Descendants(Svg + "path").Select(path => (string?)path.Attribute("data-country")).OfType<string>().ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        // world-atlas draws 177 areas at 1:110m: less Antarctica, and Kosovo, Northern Cyprus and Somaliland, which have no ISO code.
        Assert.Equal(173, codes.Count);
        Assert.Equal(3, svg.Descendants(Svg + "path").Count(path => path.Attribute("data-country") is null));
        Assert.Contains("MA", codes);
        Assert.DoesNotContain("BH", codes);
        Assert.DoesNotContain("AQ", codes);
    }

    [Fact]
    public void DrawsBahrainAsACircleWhenItHasMeetings()
    {
        var svg = Render(Shading(("BH", 1), ("SG", 3)));

        var bahrain = CountryPath(svg, "BH");
        Assert.Equal("BH: 1", bahrain.Element(Svg + "title")?.Value);
        Assert.Contains("a3.5,3.5", (string?)bahrain.Attribute("d"), StringComparison.Ordinal);
        Assert.Contains("BH", Map.Countries);
        CountryPath(svg, "SG");
    }

    [Fact]
    public void ShadesFiveMeetingsDarkerThanOne()
    {
        var svg = Render(Shading(("NO", 5), ("ET", 1), ("CL", 2)));

        var five = Luminance((string)CountryPath(svg, "NO").Attribute("fill")!);
        var two = Luminance((string)CountryPath(svg, "CL").Attribute("fill")!);
        var one = Luminance((string)CountryPath(svg, "ET").Attribute("fill")!);
        var none = Luminance((string)CountryPath(svg, "FR").Attribute("fill")!);
        Assert.True(five < two && two < one && one < none, $"luminances {five}, {two}, {one}, {none}");
    }

    [Fact]
    public void KeepsTheFiveClassesApartInGreyScale()
    {
        var svg = Render(Shading(("MA", 1), ("NO", 2), ("CL", 3), ("IN", 5), ("CN", 10)));

        string[] lightestToDarkest = ["FR", "MA", "NO", "CL", "IN", "CN"];
        var luminances = lightestToDarkest.Select(code => Luminance((string)CountryPath(svg, code).Attribute("fill")!))
            .ToList();
        Assert.All(luminances.Zip(luminances.Skip(1)), pair =>
            Assert.True(ContrastRatio(pair.First, pair.Second) >= 1.2, $"luminances {pair.First} and {pair.Second} are too close"));
    }

    [Fact]
    public void WritesTheLegendWithTextContrastAboveWcagMinimum()
    {
        var svg = Render(Shading());

        var legend = Assert.Single(svg.Elements(Svg + "g"), group => group.Elements(Svg + "text").Any());
        var background = Luminance((string)svg.Element(Svg + "rect")!.Attribute("fill")!);
        Assert.True(ContrastRatio(Luminance((string)legend.Attribute("fill")!), background) >= 4.5);
    }

    [Fact]
    public void TitlesEachCountryWithItsCodeAndValueOrTheNoDataLabel()
    {
        var shading = Shading(("TR", 3)) with { FormatNumber = count => $"#{count}" };
        var svg = Render(shading);

        Assert.Equal("TR: #3", CountryPath(svg, "TR").Element(Svg + "title")?.Value);
        Assert.Equal("FR: No meeting", CountryPath(svg, "FR").Element(Svg + "title")?.Value);
    }

    [Fact]
    public void LegendShowsTheClassRangesInTheCallersFormatAndTheNoDataLabel()
    {
        var shading = Shading(("IN", 1)) with
        {
            FormatNumber = count => count.ToString(CultureInfo.GetCultureInfo("ar-SA")),
            NoDataLabel = "لا اجتماع",
        };
        var texts = Render(shading).Descendants(Svg + "text").Select(text => text.Value).ToList();

        var arabic = CultureInfo.GetCultureInfo("ar-SA");
        string Ar(int value) => value.ToString(arabic);
        Assert.Equal([Ar(1), Ar(2), $"{Ar(3)}–{Ar(4)}", $"{Ar(5)}–{Ar(9)}", $"≥ {Ar(10)}", "لا اجتماع"], texts);
    }

    [Fact]
    public void RendersTheSameStringForTheSameInput()
    {
        var first = Map.RenderSvg(Shading(("PL", 1), ("RS", 2), ("BH", 1)));
        var second = Map.RenderSvg(Shading(("BH", 1), ("RS", 2), ("PL", 1)));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void WritesCoordinatesInTheInvariantCultureWhateverTheCurrentCulture(string cultureName)
    {
        var shading = Shading(("CN", 4), ("KR", 1), ("BH", 2));
        var invariant = Map.RenderSvg(shading);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(invariant, Map.RenderSvg(shading));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        var data = Render(shading).Descendants(Svg + "path").Select(path => (string)path.Attribute("d")!);
        Assert.All(data, d => Assert.Matches(@"^[MLaZ0-9., \-]+$", d));
    }

    [Theory]
    [InlineData("RU")]
    [InlineData("FJ")]
    public void CutsCountriesThatCrossTheAntimeridianInsteadOfDrawingABandAcrossTheMap(string code)
    {
        var data = (string)CountryPath(Render(Shading()), code).Attribute("d")!;

        var widestStep = data.Split('Z', StringSplitOptions.RemoveEmptyEntries)
            .Select(ring => ring.Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select(point => double.Parse(point.Split(',')[0], CultureInfo.InvariantCulture))
                .ToList())
            .SelectMany(xs => xs.Zip(xs.Skip(1), (a, b) => Math.Abs(b - a)))
            .Max();
        Assert.True(widestStep < 100, $"{code} has a segment {widestStep} units wide on a 960-unit map");
    }

    [Fact]
    public void RefusesANegativeCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Map.RenderSvg(Shading(("MA", -1))));

        Assert.Contains("[MA]", error.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutCodesItCannotDraw()
    {
        var svg = Render(Shading(("TK", 2)));

        Assert.DoesNotContain("TK", Map.Countries);
        Assert.DoesNotContain(svg.Descendants(Svg + "path"), path => (string?)path.Attribute("data-country") == "TK");
    }

    /// <summary>WCAG 2 contrast ratio of two relative luminances, 1 (none) to 21.</summary>
    private static double ContrastRatio(double first, double second) =>
        (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);

    /// <summary>Relative luminance (WCAG 2) of a #rrggbb colour: 0 black, 1 white.</summary>
    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
