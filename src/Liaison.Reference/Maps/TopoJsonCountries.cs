using System.Text.Json;

namespace Liaison.Reference.Maps;

/// <summary>
/// Decodes the "countries" object of a quantized TopoJSON topology (specification:
/// github.com/topojson/topojson-specification): arcs are delta-encoded integer positions scaled by the
/// transform; a negative arc index ~i means arc i reversed; a ring joins its arcs, dropping each
/// arc's first point after the first arc.
/// </summary>
internal static class TopoJsonCountries
{
    public static IReadOnlyList<TopoJsonCountry> Decode(JsonElement topology)
    {
        var arcs = DecodeArcs(topology);
        var countries = new List<TopoJsonCountry>();
        foreach (var geometry in topology.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var id = geometry.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            var arcsElement = geometry.GetProperty("arcs");
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [arcsElement],
                "MultiPolygon" => arcsElement.EnumerateArray().ToList(),
                var other => throw new InvalidDataException($"Unexpected TopoJSON geometry type {other} for country {id}."),
            };
            var rings = polygons.SelectMany(polygon => polygon.EnumerateArray()).Select(ring => JoinArcs(ring, arcs)).ToList();
            countries.Add(new TopoJsonCountry(id, rings));
        }

        return countries;
    }

    private static List<(double Lon, double Lat)[]> DecodeArcs(JsonElement topology)
    {
        var transform = topology.GetProperty("transform");
        var (scaleX, scaleY) = Pair(transform.GetProperty("scale"));
        var (translateX, translateY) = Pair(transform.GetProperty("translate"));
        var arcs = new List<(double Lon, double Lat)[]>();
        foreach (var arc in topology.GetProperty("arcs").EnumerateArray())
        {
            long x = 0, y = 0;
            arcs.Add([.. arc.EnumerateArray().Select(delta =>
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                return ((x * scaleX) + translateX, (y * scaleY) + translateY);
            })]);
        }

        return arcs;
    }

    private static (double Lon, double Lat)[] JoinArcs(JsonElement ring, List<(double Lon, double Lat)[]> arcs)
    {
        var points = new List<(double Lon, double Lat)>();
        foreach (var index in ring.EnumerateArray().Select(element => element.GetInt32()))
        {
            var arc = index >= 0 ? arcs[index] : arcs[~index].Reverse();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }

        return [.. points];
    }

    private static (double First, double Second) Pair(JsonElement array) => (array[0].GetDouble(), array[1].GetDouble());
}
