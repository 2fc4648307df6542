using System.Collections.Frozen;
using System.Text.Json;
using System.Xml.Linq;

namespace Liaison.Reference.Maps;

/// <summary>
/// A choropleth world map drawn as SVG on the server: Natural Earth 1:110m country boundaries
/// (world-atlas, Antarctica left out, rings cut at the antimeridian) in the Equal Earth projection, shaded
/// in five classes of fixed breaks (1, 2, 3-4, 5-9, 10 or more). Countries too small for the 1:110m
/// data (Bahrain, Singapore, Malta, ...) are drawn as a small circle at the centre of their largest
/// polygon in the 1:50m or 1:10m data, when they have a value. Immutable: one instance may render for
/// many threads at once.
/// </summary>
public sealed class WorldMap
{
    /// <summary>The SVG's width in user units; the height follows from the projection.</summary>
    private const double MapWidth = 960;
    private const double Margin = 4;
    private const double MarkerRadius = 3.5;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Lazy<WorldMap> NaturalEarth = new(Load);

    private readonly FrozenDictionary<string, string> outlines;
    private readonly IReadOnlyList<string> uncodedOutlines;
    private readonly FrozenDictionary<string, string> markers;
    private readonly MapFrame frame;

    private WorldMap(
        FrozenDictionary<string, string> outlines,
        IReadOnlyList<string> uncodedOutlines,
        FrozenDictionary<string, string> markers,
        MapFrame frame)
    {
        this.outlines = outlines;
        this.uncodedOutlines = uncodedOutlines;
        this.markers = markers;
        this.frame = frame;
        Countries = outlines.Keys.Concat(markers.Keys).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The map of the vendored Natural Earth data, decoded and projected once on first use.</summary>
    public static WorldMap NaturalEarth110m => NaturalEarth.Value;

    /// <summary>
    /// The ISO 3166-1 alpha-2 codes this map can show: outlined at 1:110m, or as a circle. Codes outside
    /// it (e.g. Tokelau, and Réunion or Martinique, which Natural Earth draws as part of France) are
    /// not drawn even when they have a value.
    /// </summary>
    public IReadOnlySet<string> Countries { get; }

    /// <summary>
    /// Draws the map as one standalone &lt;svg&gt; element: a viewBox, role="img" and a &lt;title&gt;;
    /// one &lt;path data-country="XX"&gt; per outlined country and per circled small country with a
    /// value, each with a &lt;title&gt; "XX: value" (or the no-data label); areas without an ISO code
    /// (Kosovo, Northern Cyprus, Somaliland) as paths without data-country; and a legend of the five
    /// classes and the no-data fill. No scripts, styles or external references. Coordinates use the
    /// invariant culture; counts use <see cref="MapShading.FormatNumber"/>. The same shading always
    /// gives the same string.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="shading"/> or one of its members is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public string RenderSvg(MapShading shading)
    {
        ArgumentNullException.ThrowIfNull(shading);
        ArgumentNullException.ThrowIfNull(shading.ValuesByCountry);
        ArgumentNullException.ThrowIfNull(shading.FormatNumber);
        ArgumentNullException.ThrowIfNull(shading.Title);
        ArgumentNullException.ThrowIfNull(shading.NoDataLabel);
        foreach (var (code, count) in shading.ValuesByCountry)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, $"{nameof(MapShading.ValuesByCountry)}[{code}]");
        }

        var height = frame.Height + MapLegend.Height;
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("viewBox", FormattableString.Invariant($"0 0 {frame.Width} {Math.Ceiling(height)}")),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "'Noto Sans', 'Noto Sans Arabic', sans-serif"),
            new XElement(Svg + "title", shading.Title),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Group(MapLegend.Border, "0.4", OutlinePaths(shading)),
            Group(MapLegend.Ink, "0.8", MarkerPaths(shading)),
            MapLegend.Render(Svg, frame.Height, frame.Width, shading));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private IEnumerable<XElement> OutlinePaths(MapShading shading)
    {
        foreach (var (code, data) in outlines.OrderBy(outline => outline.Key, StringComparer.Ordinal))
        {
            yield return CountryPath(code, data, shading);
        }

        foreach (var data in uncodedOutlines)
        {
            yield return new XElement(Svg + "path", new XAttribute("fill", ShadingClasses.NoDataFill), new XAttribute("d", data));
        }
    }

    private IEnumerable<XElement> MarkerPaths(MapShading shading) =>
        markers
            .Where(marker => shading.ValuesByCountry.GetValueOrDefault(marker.Key) > 0)
            .OrderBy(marker => marker.Key, StringComparer.Ordinal)
            .Select(marker => CountryPath(marker.Key, marker.Value, shading));

    private static XElement CountryPath(string code, string data, MapShading shading)
    {
        var count = shading.ValuesByCountry.GetValueOrDefault(code);
        var value = count > 0 ? shading.FormatNumber(count) : shading.NoDataLabel;
        return new XElement(
            Svg + "path",
            new XAttribute("data-country", code),
            new XAttribute("fill", ShadingClasses.FillOf(count)),
            new XAttribute("d", data),
            new XElement(Svg + "title", $"{code}: {value}"));
    }

    private static XElement Group(string stroke, string strokeWidth, IEnumerable<XElement> paths) =>
        new(
            Svg + "g",
            new XAttribute("stroke", stroke),
            new XAttribute("stroke-width", strokeWidth),
            new XAttribute("stroke-linejoin", "round"),
            new XAttribute("fill-rule", "evenodd"),
            paths);

    private static WorldMap Load()
    {
        var alpha2ByNumeric = ReferenceData.IsoNumericByAlpha2().ToDictionary(code => code.Value, code => code.Key, StringComparer.Ordinal);
        var countries = TopoJsonCountries.Decode(ReferenceData.Read<JsonElement>("countries-110m.json"))
            .Select(country => country with { Rings = [.. country.Rings.SelectMany(Antimeridian.Split)] })
            .ToList();
        var smallCountries = ReferenceData.Read<Dictionary<string, double[]>>("small-countries.json");
        var frame = MapFrame.Fit(countries.SelectMany(country => country.Rings).SelectMany(ring => ring), MapWidth, Margin);

        string PathOf(TopoJsonCountry country) =>
            SvgPathData.Rings(country.Rings.Select(ring => ring.Select(point => frame.Place(point.Lon, point.Lat))));

        var coded = countries.Where(country => country.NumericId is not null).ToList();
        var outlines = coded.ToFrozenDictionary(
            country => alpha2ByNumeric.TryGetValue(country.NumericId!, out var code)
                ? code
                : throw new InvalidDataException($"world-atlas country {country.NumericId} has no ISO 3166-1 alpha-2 code in CLDR."),
            PathOf,
            StringComparer.Ordinal);
        var uncoded = countries.Where(country => country.NumericId is null).Select(PathOf).ToList();
        var markers = smallCountries.ToFrozenDictionary(
            country => country.Key,
            country => SvgPathData.Circle(frame.Place(country.Value[0], country.Value[1]), MarkerRadius),
            StringComparer.Ordinal);
        return new WorldMap(outlines, uncoded, markers, frame);
    }
}
