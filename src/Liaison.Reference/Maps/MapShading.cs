namespace Liaison.Reference.Maps;

/// <summary>What <see cref="WorldMap.RenderSvg"/> shades, and the caller's words and number format.</summary>
/// <param name="ValuesByCountry">ISO 3166-1 alpha-2 code (upper case, "MA") -> count, e.g. meetings
/// with that partner; 0 or an absent code means no data. Codes the map cannot draw
/// (see <see cref="WorldMap.Countries"/>) are left out of the picture.</param>
/// <param name="Title">The map's accessible name (the SVG's &lt;title&gt;), in the reader's language.</param>
/// <param name="FormatNumber">Formats a count in the reader's culture (e.g. Arabic-Indic digits for ar);
/// used for the legend and the per-country titles, never for coordinates.</param>
/// <param name="NoDataLabel">The legend's label for countries without data, in the reader's language.</param>
public sealed record MapShading(
    IReadOnlyDictionary<string, int> ValuesByCountry,
    string Title,
    Func<int, string> FormatNumber,
    string NoDataLabel);
