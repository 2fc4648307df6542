namespace Liaison.Reference;

/// <summary>
/// Where a country sits in the UN M49 geographic regions, as 3-digit M49 codes (names through
/// <see cref="TerritoryNames"/>). Morocco: ("002" Africa, "015" Northern Africa, null);
/// Chile: ("019" Americas, "419" Latin America and the Caribbean, "005" South America).
/// </summary>
/// <param name="Region">One of the five M49 regions: 002, 019, 142, 150 or 009.</param>
/// <param name="SubRegion">The M49 sub-region, e.g. "015" Northern Africa or "202" Sub-Saharan Africa.</param>
/// <param name="IntermediateRegion">The M49 intermediate region ("011" Western Africa, "005" South
/// America), or null where M49 has none (Northern Africa, Europe, Asia, Oceania, Northern America).</param>
public sealed record M49Placement(string Region, string SubRegion, string? IntermediateRegion);
