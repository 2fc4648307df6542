using System.Collections;
using Google.OrTools.LinearSolver;

namespace Liaison.Scheduling;

/// <summary>
/// The phase cut of the capacity bound (<see cref="CapacityBound"/>): on a day whose meetings all last the same L
/// minutes inside one span of a whole number of meetings, a room holds span / L meetings only if they all start a whole
/// number of meetings after the span's start ("on phase"); a principal whose buffer spaces their meetings by more than L
/// cannot hold as many meetings on phase as off it. So a programme either keeps every meeting of the day on phase, and each
/// such principal to their on-phase count, or has a room holding one meeting fewer.
/// </summary>
/// <remarks>
/// <para>
/// One variable z_d ∈ [0, 1] per day the cut applies to (z_d = 1 when some meeting of day d is off phase) and the rows
/// Σ L · x[i,d] + L · z_d ≤ |R_d| × span (R_d: the rooms some request of the day suits) and, for each participant p,
/// Σ x[i,d] over p's requests ≤ A_p + (C_p − A_p) · z_d, where C_p is p's whole-meeting count of the participant row and
/// A_p the most meetings p can hold at on-phase starts, spaced by L plus p's buffer (earliest first, which is optimal for
/// equal intervals). Every programme satisfies them with z_d set as above, so the bound stays valid.
/// </para>
/// <para>
/// On the assembly family (30-minute meetings, 10:30-18:00 after the plenary, principals with a 10-minute buffer) a
/// principal holds 11 meetings a day at 40-minute spacing but only 8 on the half-hour grid; the relaxation then has to
/// pay a room-slot a day for the principals' extra meetings. Thread-safe: no state.
/// </para>
/// </remarks>
internal static class PhaseCut
{
    /// <summary>
    /// Adds the room row of the cut for each day it applies to and returns, per day, the cut's variable and span
    /// (<c>null</c> where it does not apply: meetings of several lengths, or minutes that are not one span of whole meetings).
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="solver">The LP.</param>
    /// <param name="x">The LP's variables x[request, day], <c>null</c> where the request has no start that day.</param>
    /// <param name="coverage">The minutes each group of requests could occupy.</param>
    public static DayPhase?[] AddRoomRows(PlanningProblem problem, Solver solver, Variable?[,] x, Coverage coverage)
    {
        var days = new DayPhase?[problem.Timeline.Days.Count];
        for (var d = 0; d < days.Length; d++)
        {
            var day = Enumerable.Range(0, problem.Requests.Count).Where(i => x[i, d] is not null).ToList();
            var lengths = day.Select(i => problem.Requests[i].Duration).Distinct().ToList();
            if (lengths.Count != 1 || Span(coverage.Of(day, d)) is not var (start, length) || length % lengths[0] != 0)
            {
                continue;
            }

            var meeting = lengths[0];
            var rooms = day.SelectMany(i => problem.Requests[i].Rooms).Distinct().Count();
            var z = solver.MakeNumVar(0, 1, string.Empty);
            var row = solver.MakeConstraint(double.NegativeInfinity, rooms * length, string.Empty);
            row.SetCoefficient(z, meeting);
            foreach (var i in day)
            {
                row.SetCoefficient(x[i, d], meeting);
            }

            days[d] = new DayPhase(z, new MinuteSpan(start, start + length), meeting);
        }

        return days;
    }

    /// <summary>
    /// The most meetings participant <paramref name="p"/> can hold on phase on the cut's day: at the on-phase starts of
    /// <paramref name="requests"/>, spaced by the meeting plus the participant's buffer, earliest first.
    /// </summary>
    public static long OnPhaseCount(PlanningProblem problem, DayPhase phase, int p, IEnumerable<PlannableRequest> requests)
    {
        var spacing = phase.MeetingMinutes + problem.Buffers[p];
        var count = 0L;
        var next = long.MinValue;
        foreach (var start in requests.SelectMany(r => r.Starts).Where(s => phase.OnPhase(s)).Distinct().Order())
        {
            if (start >= next)
            {
                count++;
                next = start + spacing;
            }
        }

        return count;
    }

    /// <summary>The first set minute and the run's length when the set minutes form one run; otherwise <c>null</c>.</summary>
    private static (long Start, long Length)? Span(BitArray minutes)
    {
        var (first, count, last) = (-1, 0, -1);
        for (var m = 0; m < minutes.Length; m++)
        {
            if (minutes[m])
            {
                first = first < 0 ? m : first;
                last = m;
                count++;
            }
        }

        return count > 0 && last - first + 1 == count ? (first, count) : null;
    }
}
