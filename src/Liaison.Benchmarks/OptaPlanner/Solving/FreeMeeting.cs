using Google.OrTools.Sat;

namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>The CP-SAT variables of one meeting left free in a neighbourhood.</summary>
/// <param name="Meeting">The meeting's index.</param>
/// <param name="Duration">Its duration in grains.</param>
/// <param name="Candidates">Its allowed (start, room) placements, each free of hard conflicts with the fixed meetings.</param>
/// <param name="Chosen">One literal per candidate, exactly one true.</param>
/// <param name="Start">Its starting grain.</param>
/// <param name="InRoom">Room index to the literal "placed in that room".</param>
/// <param name="Interval">Its time interval [Start, Start + Duration).</param>
/// <param name="Now">Where it is before the re-solve: the hint, which the pair terms complete.</param>
internal sealed record FreeMeeting(
    int Meeting, int Duration, Placement[] Candidates, BoolVar[] Chosen, IntVar Start,
    IReadOnlyDictionary<int, BoolVar> InRoom, IntervalVar Interval, Placement Now)
{
    public int EarliestStart => Candidates.Min(c => c.Grain);

    public int LatestStart => Candidates.Max(c => c.Grain);

    /// <summary>Whether this meeting can start at a grain in [from, to].</summary>
    public bool CanStartWithin(int from, int to) => EarliestStart <= to && LatestStart >= from;

    public Placement ReadSolution(CpSolver solver)
    {
        for (var c = 0; c < Candidates.Length; c++)
        {
            if (solver.BooleanValue(Chosen[c]))
            {
                return Candidates[c];
            }
        }

        throw new InvalidOperationException($"No candidate chosen for meeting {Meeting}.");
    }
}
