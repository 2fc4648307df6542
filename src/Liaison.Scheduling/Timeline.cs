using Liaison.Domain;
using NodaTime;

namespace Liaison.Scheduling;

/// <summary>
/// The planner's integer time axis: whole minutes since the event's first working instant (UTC),
/// with each working day as a span and the planning step that meeting starts follow.
/// </summary>
/// <remarks>
/// Working days are stored as UTC spans, so a day on which the event's zone changes offset
/// (Africa/Casablanca around Ramadan) is simply a span at another UTC position.
/// </remarks>
internal sealed class Timeline
{
    /// <summary>Builds the axis of <paramref name="event"/>.</summary>
    public Timeline(Event @event)
    {
        Origin = @event.WorkingIntervals[0].Start;
        Step = @event.PlanningStepMinutes;
        ProtocolBuffer = @event.ProtocolBufferMinutes;
        Days = @event.WorkingIntervals.Select(ToSpan).ToList();
    }

    /// <summary>The UTC instant of minute zero.</summary>
    public Instant Origin { get; }

    /// <summary>Meeting starts lie on multiples of this many minutes from their day's start.</summary>
    public int Step { get; }

    /// <summary>Minutes a principal keeps free between meetings.</summary>
    public int ProtocolBuffer { get; }

    /// <summary>Each working day's hours, in date order.</summary>
    public IReadOnlyList<MinuteSpan> Days { get; }

    /// <summary>The instant of <paramref name="minute"/>.</summary>
    public Instant ToInstant(long minute) => Origin + Duration.FromMinutes(minute);

    /// <summary>The UTC interval of a meeting.</summary>
    public Interval ToInterval(long start, long duration) => new(ToInstant(start), ToInstant(start + duration));

    /// <summary>
    /// The whole minutes inside <paramref name="interval"/>: a start between two minutes rounds up,
    /// an end rounds down, so nothing outside the interval is ever counted in.
    /// </summary>
    public MinuteSpan ToSpan(Interval interval) =>
        new((long)Math.Ceiling((interval.Start - Origin).TotalMinutes), (long)Math.Floor((interval.End - Origin).TotalMinutes));

    /// <summary>The non-empty spans of sorted, disjoint <paramref name="intervals"/>.</summary>
    public List<MinuteSpan> ToSpans(IEnumerable<Interval> intervals) =>
        intervals.Select(ToSpan).Where(s => s.Length > 0).ToList();

    /// <summary>Index of the working day that holds <paramref name="minute"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When no working day holds it.</exception>
    public int DayOf(long minute)
    {
        for (var d = 0; d < Days.Count; d++)
        {
            if (Days[d].Start <= minute && minute < Days[d].End)
            {
                return d;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(minute), minute, "No working day holds this minute.");
    }

    /// <summary>Whether <paramref name="start"/> lies a whole number of <paramref name="length"/>-minute meetings after its working day's start.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When no working day holds <paramref name="start"/>.</exception>
    public bool OnGrid(long start, long length) => (start - Days[DayOf(start)].Start) % length == 0;

    /// <summary>
    /// Every start on the planning step (counted from its day's start) at which a meeting of
    /// <paramref name="duration"/> minutes fits wholly inside one of <paramref name="free"/> and inside one working day.
    /// </summary>
    /// <param name="free">Sorted, disjoint spans.</param>
    /// <param name="duration">Meeting length in minutes.</param>
    /// <returns>Ascending starts.</returns>
    public List<long> AlignedStarts(IReadOnlyList<MinuteSpan> free, long duration)
    {
        var starts = new List<long>();
        foreach (var day in Days)
        {
            foreach (var span in MinuteSpan.Intersect(free, [day]))
            {
                var offset = span.Start - day.Start;
                var first = day.Start + ((offset + Step - 1) / Step * Step);
                for (var start = first; start + duration <= span.End; start += Step)
                {
                    starts.Add(start);
                }
            }
        }

        return starts;
    }
}
