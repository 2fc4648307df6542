namespace Liaison.Scheduling;

/// <summary>How long and how hard the planner may work.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlannerOptions
{
    /// <summary>The default of <see cref="MonolithicRequestLimit"/>: 400 plannable requests.</summary>
    public const int DefaultMonolithicRequestLimit = 400;

    /// <summary>Wall-clock limit for the whole solve; the best programme found by then is returned. Default 30 s.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CP-SAT search workers (threads). Default: the machine's processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Random seed for the solver and the choice of neighbourhoods. Default 1. A run repeats exactly only with one worker
    /// (<c>Workers = 1</c>): with more, CP-SAT's workers race and whichever finds a solution first decides among equally
    /// good programmes, so callers must rely on the objective and the hard rules, not on which optimum they get.
    /// </summary>
    public int RandomSeed { get; init; } = 1;

    /// <summary>How to search. Default <see cref="PlanningStrategy.Auto"/>.</summary>
    public PlanningStrategy Strategy { get; init; } = PlanningStrategy.Auto;

    /// <summary>
    /// Under <see cref="PlanningStrategy.Auto"/>, the largest number of plannable requests (those that could be held
    /// alone) solved by the monolithic model. Default <see cref="DefaultMonolithicRequestLimit"/>.
    /// </summary>
    public int MonolithicRequestLimit { get; init; } = DefaultMonolithicRequestLimit;

    /// <summary>
    /// In <see cref="Planner.Replan"/>, whether a meeting the changes leave valid may move when that lets strictly
    /// more priority be placed (then as few as possible move). Default <c>false</c>: every unaffected meeting stays
    /// exactly where it was, and only the meetings the changes force out move.
    /// </summary>
    public bool AllowMovesToPlaceMore { get; init; }
}
