namespace Liaison.Reference.Maps;

/// <summary>One country of a TopoJSON file: its ISO 3166-1 numeric id (null for areas without one,
/// such as Kosovo or Somaliland) and its rings as (longitude, latitude) degrees.</summary>
internal sealed record TopoJsonCountry(string? NumericId, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);
