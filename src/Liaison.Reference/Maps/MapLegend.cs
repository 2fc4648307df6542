using System.Globalization;
using System.Xml.Linq;

namespace Liaison.Reference.Maps;

/// <summary>
/// The legend under a <see cref="WorldMap"/>: one swatch and label per class, then the no-data swatch.
/// Labels are near-black on the white background (contrast about 17:1, past WCAG's 4.5:1 for text).
/// </summary>
internal static class MapLegend
{
    /// <summary>The legend's height in SVG user units.</summary>
    public const double Height = 32;

    /// <summary>The colour of legend text and of the circles' outline.</summary>
    public const string Ink = "#1a1a1a";

    /// <summary>The colour of country borders and swatch outlines.</summary>
    public const string Border = "#737373";

    private const double SwatchWidth = 18;
    private const double SwatchHeight = 12;
    private const double FontSize = 12;

    /// <summary>A group placed at <paramref name="top"/>, its entries spread over <paramref name="width"/>.</summary>
    public static XElement Render(XNamespace svg, double top, double width, MapShading shading)
    {
        var entries = Enumerable.Range(0, ShadingClasses.Count)
            .Select(index => (Fill: ShadingClasses.FillOfClass(index), Label: ShadingClasses.Label(index, shading.FormatNumber)))
            .Append((Fill: ShadingClasses.NoDataFill, Label: shading.NoDataLabel))
            .ToList();
        var slot = width / entries.Count;
        return new XElement(
            svg + "g",
            new XAttribute("transform", Invariant($"translate(0,{top})")),
            new XAttribute("font-size", Invariant($"{FontSize}")),
            new XAttribute("fill", Ink),
            entries.SelectMany((entry, index) => Entry(svg, (index * slot) + 8, entry.Fill, entry.Label)));
    }

    private static IEnumerable<XElement> Entry(XNamespace svg, double left, string fill, string label)
    {
        yield return new XElement(
            svg + "rect",
            new XAttribute("x", Invariant($"{left}")),
            new XAttribute("y", Invariant($"{(Height - SwatchHeight) / 2}")),
            new XAttribute("width", Invariant($"{SwatchWidth}")),
            new XAttribute("height", Invariant($"{SwatchHeight}")),
            new XAttribute("fill", fill),
            new XAttribute("stroke", Border));
        yield return new XElement(
            svg + "text",
            new XAttribute("x", Invariant($"{left + SwatchWidth + 6}")),
            new XAttribute("y", Invariant($"{(Height + FontSize) / 2 - 2}")),
            label);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
