namespace Liaison.Reference.Maps;

/// <summary>
/// The Equal Earth map projection: Šavrič, B., Patterson, T. and Jenny, B. (2018), "The Equal Earth
/// map projection", International Journal of Geographical Information Science 33(3), 454-465,
/// doi:10.1080/13658816.2018.1504949. An equal-area pseudocylindrical projection, so a country's
/// drawn area is true to its size. Coordinates of the unit sphere, y pointing north.
/// </summary>
internal static class EqualEarth
{
    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>Projects a point given in degrees (longitude -180..180 east, latitude -90..90 north).</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = double.DegreesToRadians(longitude);
        var theta = Math.Asin(M * Math.Sin(double.DegreesToRadians(latitude)));
        var theta2 = theta * theta;
        var theta6 = theta2 * theta2 * theta2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + (3 * A2 * theta2) + (theta6 * ((7 * A3) + (9 * A4 * theta2)))));
        var y = theta * (A1 + (A2 * theta2) + (theta6 * (A3 + (A4 * theta2))));
        return (x, y);
    }
}
