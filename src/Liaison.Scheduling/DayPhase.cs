using Google.OrTools.LinearSolver;

namespace Liaison.Scheduling;

/// <summary>The phase cut's data for one day (<see cref="PhaseCut"/>).</summary>
/// <param name="OffPhase">The LP variable z_d ∈ [0, 1]: some meeting of the day is off phase.</param>
/// <param name="Span">The day's single span of usable minutes, on the timeline: a whole number of meetings long.</param>
/// <param name="MeetingMinutes">The length L shared by every meeting that could be held that day, in minutes.</param>
internal sealed record DayPhase(Variable OffPhase, MinuteSpan Span, long MeetingMinutes)
{
    /// <summary>Whether a meeting starting at <paramref name="start"/> (timeline minutes) starts in the span a whole number of meetings after its start.</summary>
    public bool OnPhase(long start) => Span.Holds(start, MeetingMinutes) && (start - Span.Start) % MeetingMinutes == 0;
}
