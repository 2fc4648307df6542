using System.Globalization;
using System.Text;

namespace Liaison.Reference.Maps;

/// <summary>
/// Writes SVG path data with one decimal (a tenth of a user unit, finer than the 1:110m data) in the
/// invariant culture, so the reader's culture never reaches a coordinate.
/// </summary>
internal static class SvgPathData
{
    /// <summary>Closed rings ("M x,y L x,y x,y … Z" each), skipping points that round to their predecessor.</summary>
    public static string Rings(IEnumerable<IEnumerable<(double X, double Y)>> rings)
    {
        var data = new StringBuilder();
        foreach (var ring in rings)
        {
            string? previous = null;
            var written = 0;
            foreach (var (x, y) in ring)
            {
                var point = Format(x) + "," + Format(y);
                if (point == previous)
                {
                    continue;
                }

                data.Append(written switch { 0 => 'M', 1 => 'L', _ => ' ' }).Append(point);
                written++;
                previous = point;
            }

            data.Append('Z');
        }

        return data.ToString();
    }

    /// <summary>A circle of radius <paramref name="radius"/> around a centre, as two arcs.</summary>
    public static string Circle((double X, double Y) centre, double radius) =>
        $"M{Format(centre.X - radius)},{Format(centre.Y)}" +
        $"a{Format(radius)},{Format(radius)} 0 1,0 {Format(2 * radius)},0" +
        $"a{Format(radius)},{Format(radius)} 0 1,0 {Format(-2 * radius)},0Z";

    /// <summary>Adding 0.0 turns a rounded -0 into 0, so "-0" never appears.</summary>
    private static string Format(double value) => (Math.Round(value, 1) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);
}
