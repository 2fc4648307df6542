using System.Globalization;
using Liaison.Domain;
using Liaison.Reference;

namespace Liaison.Web.Localization;

/// <summary>
/// A party's name for a reader, by one rule for every page (the engagement report's rule too): the
/// party's own name in the reader's language when the data gives one (organisations, and the sample's
/// undisclosed members); else, for a country UN M49 places, CLDR's name; else the data's name.
/// </summary>
/// <remarks>
/// The M49 check keeps ISO 3166-1 user-assigned codes (XA to XZ, standing for undisclosed members) away from
/// CLDR, which names XA and XB "Pseudo-Accents" and "Pseudo-Bidi" (test locales). Stateless and thread-safe.
/// </remarks>
public static class PartyDisplayName
{
    /// <summary>The party's name in <paramref name="culture"/>'s language.</summary>
    /// <param name="kind">Country or organisation.</param>
    /// <param name="code">ISO 3166-1 alpha-2 code of a country, or the organisation's own code.</param>
    /// <param name="name">The data's name, usually English; the last resort.</param>
    /// <param name="names">The data's names by language tag (<c>ar</c>, <c>fr</c>, ...); may be empty.</param>
    /// <param name="culture">The reader's culture; its two-letter language picks the name.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static string Of(PartyKind kind, string code, string name, IReadOnlyDictionary<string, string> names, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(culture);
        if (names.TryGetValue(culture.TwoLetterISOLanguageName, out var own))
        {
            return own;
        }

        return kind == PartyKind.Country && M49Regions.Default.Find(code) is not null
            && TerritoryNames.Cldr.TryGetName(code, culture.Name, out var cldr) ? cldr : name;
    }
}
