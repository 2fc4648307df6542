using NodaTime;

namespace Liaison.Domain;

/// <summary>Set operations on UTC intervals (half-open: start inclusive, end exclusive).</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class Intervals
{
    /// <summary>Whether two half-open intervals share at least one instant.</summary>
    /// <param name="a">First interval.</param>
    /// <param name="b">Second interval.</param>
    public static bool Overlap(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Whether <paramref name="inner"/> lies wholly inside <paramref name="outer"/>.</summary>
    /// <param name="outer">The containing interval.</param>
    /// <param name="inner">The contained interval.</param>
    public static bool Contains(Interval outer, Interval inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>Removes every interval of <paramref name="holes"/> from <paramref name="from"/>.</summary>
    /// <param name="from">Sorted, disjoint intervals.</param>
    /// <param name="holes">Intervals to remove, in any order; they may overlap each other.</param>
    /// <returns>Sorted, disjoint, non-empty intervals.</returns>
    public static IReadOnlyList<Interval> Subtract(IEnumerable<Interval> from, IEnumerable<Interval> holes)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(holes);
        var sortedHoles = holes.OrderBy(h => h.Start).ToList();
        var result = new List<Interval>();
        foreach (var piece in from)
        {
            var cursor = piece.Start;
            foreach (var hole in sortedHoles)
            {
                if (hole.End <= cursor || hole.Start >= piece.End)
                {
                    continue;
                }

                if (hole.Start > cursor)
                {
                    result.Add(new Interval(cursor, hole.Start));
                }

                cursor = Instant.Max(cursor, hole.End);
            }

            if (cursor < piece.End)
            {
                result.Add(new Interval(cursor, piece.End));
            }
        }

        return result;
    }
}
