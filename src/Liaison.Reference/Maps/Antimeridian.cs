namespace Liaison.Reference.Maps;

/// <summary>
/// Cuts rings that cross the antimeridian (180° E = 180° W; Russia's Chukotka, Fiji), which the
/// TopoJSON stores with a jump from about +180 to -180 in longitude: drawn as they are, such rings
/// smear a band across the whole map. Each such ring becomes its part east of 180° W and its part
/// west of 180° E, each clipped to the line (Sutherland-Hodgman against one boundary).
/// </summary>
internal static class Antimeridian
{
    /// <summary>The ring itself when it stays on one side, else its two parts.</summary>
    public static IEnumerable<IReadOnlyList<(double Lon, double Lat)>> Split(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var unwrapped = Unwrap(ring);
        if (unwrapped.Max(point => point.Lon) > 180)
        {
            yield return Clip(unwrapped, 180, keepBelow: true);
            yield return Clip(Shift(unwrapped, -360), -180, keepBelow: false);
        }
        else if (unwrapped.Min(point => point.Lon) < -180)
        {
            yield return Clip(unwrapped, -180, keepBelow: false);
            yield return Clip(Shift(unwrapped, 360), 180, keepBelow: true);
        }
        else
        {
            yield return ring;
        }
    }

    /// <summary>Adds or removes 360° where consecutive longitudes jump by more than 180°, making the ring continuous.</summary>
    private static List<(double Lon, double Lat)> Unwrap(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var result = new List<(double Lon, double Lat)>(ring.Count);
        var offset = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                var jump = ring[i].Lon - ring[i - 1].Lon;
                offset += jump > 180 ? -360 : jump < -180 ? 360 : 0;
            }

            result.Add((ring[i].Lon + offset, ring[i].Lat));
        }

        return result;
    }

    private static List<(double Lon, double Lat)> Shift(List<(double Lon, double Lat)> ring, double degrees) =>
        ring.ConvertAll(point => (point.Lon + degrees, point.Lat));

    private static List<(double Lon, double Lat)> Clip(List<(double Lon, double Lat)> ring, double boundary, bool keepBelow)
    {
        bool Inside((double Lon, double Lat) point) => keepBelow ? point.Lon <= boundary : point.Lon >= boundary;

        var clipped = new List<(double Lon, double Lat)>();
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var previous = ring[(i + ring.Count - 1) % ring.Count];
            if (Inside(current) != Inside(previous))
            {
                var t = (boundary - previous.Lon) / (current.Lon - previous.Lon);
                clipped.Add((boundary, previous.Lat + (t * (current.Lat - previous.Lat))));
            }

            if (Inside(current))
            {
                clipped.Add(current);
            }
        }

        return clipped;
    }
}
