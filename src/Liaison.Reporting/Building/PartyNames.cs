using System.Globalization;
using Liaison.Domain;
using Liaison.Reference;

namespace Liaison.Reporting.Building;

/// <summary>A party's name in the report's language.</summary>
/// <remarks>
/// The party's own names win (organisations carry them; CLDR does not name organisations); a country that UN M49
/// places takes CLDR's name; anything else (user-assigned codes such as XA standing for an undisclosed member)
/// keeps the name the event file gives it. Thread-safe.
/// </remarks>
internal static class PartyNames
{
    /// <summary>The name of <paramref name="party"/> in <paramref name="culture"/>'s language.</summary>
    /// <param name="party">The party.</param>
    /// <param name="culture">The report's culture.</param>
    public static string Of(Party party, CultureInfo culture)
    {
        if (party.Names.TryGetValue(culture.TwoLetterISOLanguageName, out var own))
        {
            return own;
        }

        return party.Kind == PartyKind.Country && M49Regions.Default.Find(party.Code) is not null
            ? TerritoryNames.Cldr.GetName(party.Code, culture)
            : party.Name;
    }
}
