using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Data.Entities;

/// <summary>
/// Text form of a UTC interval in list columns: ISO 8601 "start/end" with a Z suffix, e.g.
/// "2024-11-25T08:00:00Z/2024-11-25T09:30:00Z". Pure and thread-safe.
/// </summary>
public static class StoredInterval
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    /// <summary>Formats <paramref name="interval"/> (both ends must be finite).</summary>
    /// <param name="interval">A bounded UTC interval.</param>
    public static string Format(Interval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"{Pattern.Format(interval.Start)}/{Pattern.Format(interval.End)}");

    /// <summary>Parses a text written by <see cref="Format"/>.</summary>
    /// <param name="text">"start/end" in ISO 8601 UTC.</param>
    /// <exception cref="FormatException">When <paramref name="text"/> is not of that form.</exception>
    public static Interval Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            throw new FormatException($"'{text}' is not a stored interval such as \"2024-11-25T08:00:00Z/2024-11-25T09:30:00Z\".");
        }

        return new Interval(Pattern.Parse(parts[0]).GetValueOrThrow(), Pattern.Parse(parts[1]).GetValueOrThrow());
    }
}
