namespace Liaison.Reference.Maps;

/// <summary>
/// Places Equal Earth coordinates in SVG user units: the drawn countries' bounding box fitted to a
/// given width with a margin, y pointing down as SVG expects.
/// </summary>
internal sealed class MapFrame
{
    private readonly double minX;
    private readonly double maxY;
    private readonly double scale;
    private readonly double margin;

    private MapFrame(double minX, double maxY, double scale, double margin, double width, double height)
    {
        this.minX = minX;
        this.maxY = maxY;
        this.scale = scale;
        this.margin = margin;
        Width = width;
        Height = height;
    }

    /// <summary>The frame's width in SVG user units (the width given to <see cref="Fit"/>).</summary>
    public double Width { get; }

    /// <summary>The frame's height in SVG user units, margins included.</summary>
    public double Height { get; }

    /// <summary>A frame holding every one of <paramref name="points"/> (longitude, latitude degrees).</summary>
    public static MapFrame Fit(IEnumerable<(double Lon, double Lat)> points, double width, double margin)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (var (lon, lat) in points)
        {
            var (x, y) = EqualEarth.Project(lon, lat);
            (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
        }

        var scale = (width - (2 * margin)) / (maxX - minX);
        return new MapFrame(minX, maxY, scale, margin, width, ((maxY - minY) * scale) + (2 * margin));
    }

    /// <summary>The SVG position of a point given in degrees.</summary>
    public (double X, double Y) Place(double longitude, double latitude)
    {
        var (x, y) = EqualEarth.Project(longitude, latitude);
        return (((x - minX) * scale) + margin, ((maxY - y) * scale) + margin);
    }
}
