using Liaison.Domain;
using Liaison.Reference;

namespace Liaison.Reporting.Building;

/// <summary>The region a party falls in under a <see cref="RegionScheme"/>, named in the report's language.</summary>
/// <remarks>
/// M49: a country's M49 region (Africa, Americas, Asia, Europe, Oceania) by CLDR's name; an organisation in
/// "International organisations"; a country M49 does not place in "Other". Event: the party's own region as the
/// event file writes it (data, not translated), falling back to M49 for a party without one. Thread-safe.
/// </remarks>
internal static class RegionNames
{
    /// <summary>The region name of <paramref name="party"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="scheme">The grouping.</param>
    /// <param name="text">The report's language (for M49 names and the two fixed groups).</param>
    public static string Of(Party party, RegionScheme scheme, ReportText text)
    {
        if (scheme == RegionScheme.Event && !string.IsNullOrWhiteSpace(party.Region))
        {
            return party.Region;
        }

        if (party.Kind == PartyKind.Organisation)
        {
            return text["RegionOrganisations"];
        }

        return M49Regions.Default.Find(party.Code) is { } placement
            ? TerritoryNames.Cldr.GetName(placement.Region, text.Culture)
            : text["RegionOther"];
    }
}
