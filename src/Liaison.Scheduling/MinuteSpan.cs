namespace Liaison.Scheduling;

/// <summary>A half-open span [Start, End) of whole minutes on the planner's <see cref="Timeline"/>.</summary>
internal readonly record struct MinuteSpan(long Start, long End)
{
    /// <summary>Length in minutes; zero or negative when empty.</summary>
    public long Length => End - Start;

    /// <summary>Whether a meeting of <paramref name="duration"/> minutes starting at <paramref name="start"/> lies inside.</summary>
    public bool Holds(long start, long duration) => Start <= start && start + duration <= End;

    /// <summary>Intersects two sorted lists of disjoint spans; the result is sorted, disjoint and non-empty.</summary>
    public static List<MinuteSpan> Intersect(IReadOnlyList<MinuteSpan> a, IReadOnlyList<MinuteSpan> b)
    {
        var result = new List<MinuteSpan>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start < end)
            {
                result.Add(new MinuteSpan(start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
