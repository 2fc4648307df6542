using System.Globalization;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Reference;

namespace Liaison.Web.Localization;

/// <summary>
/// A party's region: a country by its ISO 3166-1 code placed in its UN M49 region
/// (<see cref="M49Regions"/>), named through the CLDR names of <see cref="TerritoryNames"/>; an
/// organisation, or a code M49 does not place, by the region label the event gives it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PartyRegions
{
    /// <summary>The region key used for parties with no M49 region and no label of their own.</summary>
    public const string NoRegion = "none";

    /// <summary>
    /// The key of the party's region: the 3-digit M49 region code for a country CLDR places ("150"
    /// Europe), otherwise the event's region label, otherwise <see cref="NoRegion"/>.
    /// </summary>
    /// <param name="party">The party.</param>
    public static string RegionKey(PartyEntity party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var placement = party.Kind == PartyKind.Country ? M49Regions.Default.Find(party.Code) : null;
        return placement?.Region ?? (string.IsNullOrWhiteSpace(party.Region) ? NoRegion : party.Region);
    }

    /// <summary>The name of a region key from <see cref="RegionKey"/>: the CLDR name of an M49 code, else the label itself.</summary>
    /// <param name="key">A region key.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <param name="noRegion">What to show for <see cref="NoRegion"/>, in the reader's language.</param>
    public static string RegionName(string key, CultureInfo culture, string noRegion)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        if (key == NoRegion)
        {
            return noRegion;
        }

        return TerritoryNames.Cldr.TryGetName(key, culture.Name, out var name) ? name : key;
    }
}
