using System.Globalization;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// A hard/medium/soft score as OptaPlanner prints it: each level is minus the weighted penalties, so 0 is best
/// and comparison is lexicographic (hard first, then medium, then soft).
/// </summary>
/// <param name="Hard">Hard level (0 or negative).</param>
/// <param name="Medium">Medium level (0 or negative).</param>
/// <param name="Soft">Soft level (0 or negative).</param>
public readonly record struct Score(long Hard, long Medium, long Soft) : IComparable<Score>
{
    /// <summary>Whether no hard constraint is broken.</summary>
    public bool IsFeasible => Hard == 0;

    /// <inheritdoc />
    public int CompareTo(Score other)
    {
        var byHard = Hard.CompareTo(other.Hard);
        if (byHard != 0)
        {
            return byHard;
        }

        var byMedium = Medium.CompareTo(other.Medium);
        return byMedium != 0 ? byMedium : Soft.CompareTo(other.Soft);
    }

    /// <summary>Adds two scores level by level.</summary>
    public static Score operator +(Score left, Score right) =>
        new(left.Hard + right.Hard, left.Medium + right.Medium, left.Soft + right.Soft);

    /// <summary>Adds two scores level by level (named alternative to <c>+</c>).</summary>
    /// <param name="other">The score to add.</param>
    /// <returns>The sum.</returns>
    public Score Add(Score other) => this + other;

    /// <summary>Whether <paramref name="left"/> is worse than <paramref name="right"/>.</summary>
    public static bool operator <(Score left, Score right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is better than <paramref name="right"/>.</summary>
    public static bool operator >(Score left, Score right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is worse than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Score left, Score right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is better than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Score left, Score right) => left.CompareTo(right) >= 0;

    /// <summary>OptaPlanner's notation, e.g. <c>0hard/-344medium/-9227soft</c>.</summary>
    /// <returns>The score as text (invariant culture).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Hard}hard/{Medium}medium/{Soft}soft");
}
