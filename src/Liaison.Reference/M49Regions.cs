using System.Collections.Frozen;

namespace Liaison.Reference;

/// <summary>
/// The UN M49 geographic regions of countries, derived from CLDR's territoryContainment (M49
/// groups only: the EU, EZ, UN and QO groupings are left out). Immutable and safe to share
/// between threads.
/// </summary>
/// <remarks>
/// CLDR nests countries in M49 sub-regions ("011" Western Africa) under regions ("002" Africa) and
/// lists "202" Sub-Saharan Africa and "419" Latin America and the Caribbean as groupings. In the
/// M49 standard (unstats.un.org/unsd/methodology/m49) those two are the sub-regions and the areas
/// they group are intermediate regions; <see cref="Find"/> follows M49. CLDR does not carry M49's
/// "830" Channel Islands, so Guernsey and Jersey are placed in Northern Europe without one.
/// </remarks>
public sealed class M49Regions
{
    private const string World = "001";

    /// <summary>The five M49 regions in the order the M49 standard lists them.</summary>
    private static readonly string[] M49RegionOrder = ["002", "019", "142", "150", "009"];

    /// <summary>The M49 sub-regions that CLDR lists as groupings of its own sub-regions.</summary>
    private static readonly string[] SubRegionsWithIntermediateRegions = ["202", "419"];

    private static readonly Lazy<M49Regions> CldrRegions = new(Load);

    private readonly FrozenDictionary<string, M49Placement> placements;

    private M49Regions(FrozenDictionary<string, M49Placement> placements) => this.placements = placements;

    /// <summary>The M49 regions from the CLDR data embedded in this assembly, loaded on first use.</summary>
    public static M49Regions Default => CldrRegions.Value;

    /// <summary>The five M49 regions in a stable order: 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania.</summary>
    public IReadOnlyList<string> Regions { get; } = M49RegionOrder;

    /// <summary>The M49 placement of a country.</summary>
    /// <param name="alpha2">ISO 3166-1 alpha-2 code, any case ("MA").</param>
    /// <returns>Null for unknown codes, for user-assigned codes (AA, QM..QZ, XA..XZ, ZZ; so Kosovo's XK,
    /// which M49 does not list) and for Antarctica, which M49 places in no region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha2"/> is null.</exception>
    public M49Placement? Find(string alpha2)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        return placements.GetValueOrDefault(alpha2);
    }

    private static M49Regions Load()
    {
        var containment = ReferenceData.Read<Dictionary<string, string[]>>("territory-containment.json");
        if (!containment[World].Order(StringComparer.Ordinal).SequenceEqual(M49RegionOrder.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException(
                $"CLDR's world ({World}) contains {string.Join(", ", containment[World])}, not the five M49 regions.");
        }

        var placements = new Dictionary<string, M49Placement>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in M49RegionOrder)
        {
            foreach (var cldrSubRegion in containment[region].Where(IsM49Code))
            {
                var grouping = Array.Find(SubRegionsWithIntermediateRegions, g => containment[g].Contains(cldrSubRegion));
                var placement = grouping is null
                    ? new M49Placement(region, cldrSubRegion, null)
                    : new M49Placement(region, grouping, cldrSubRegion);
                foreach (var country in containment[cldrSubRegion].Where(code => !IsUserAssigned(code)))
                {
                    placements.Add(country, placement);
                }
            }
        }

        return new M49Regions(placements.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsM49Code(string code) => code.Length == 3 && code.All(char.IsAsciiDigit);

    /// <summary>ISO 3166-1 section 8.1.3: AA, QM to QZ, XA to XZ and ZZ are left to users.</summary>
    private static bool IsUserAssigned(string code) =>
        code is "AA" or "ZZ" || (code[0] == 'Q' && code[1] >= 'M') || code[0] == 'X';
}
