namespace Liaison.Interchange.Json;

/// <summary>Finds the name a misspelt one was probably meant to be, for "did you mean ...?" fixes.</summary>
internal static class Suggestion
{
    /// <summary>The largest edit distance still offered as a suggestion.</summary>
    public const int MaxDistance = 2;

    /// <summary>
    /// The candidate closest to <paramref name="text"/> by Damerau-Levenshtein distance (optimal string
    /// alignment: insertions, deletions, substitutions and swaps of neighbours, letter case ignored), if it is
    /// at most <see cref="MaxDistance"/> edits away and closer than half the text; ties go to the first candidate.
    /// </summary>
    /// <returns>The candidate, or <c>null</c> when none is near.</returns>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Min(MaxDistance, (text.Length - 1) / 2);
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - text.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(text.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
