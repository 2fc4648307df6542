using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// Called by CP-SAT on each improving solution: reports progress and stops the search once the
/// caller's token is cancelled (a token cancelled before the solver starts is caught here too).
/// </summary>
internal sealed class ProgressCallback : CpSolverSolutionCallback
{
    private readonly PlannerPhase _phase;
    private readonly PlanningModel _model;
    private readonly long? _knownBound;
    private readonly Func<TimeSpan> _elapsed;
    private readonly IProgress<PlannerProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private long _lastSolutionTicks = -1;

    /// <summary>Creates the callback of one solver phase.</summary>
    /// <param name="phase">The phase reported.</param>
    /// <param name="model">The model solved; its placed priority is reported as the best value.</param>
    /// <param name="knownBound">The bound to report, or <c>null</c> to report the solver's bound on its own objective.</param>
    /// <param name="elapsed">Wall time since planning started.</param>
    /// <param name="progress">Receives the reports, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the search when cancelled.</param>
    public ProgressCallback(PlannerPhase phase, PlanningModel model, long? knownBound, Func<TimeSpan> elapsed,
        IProgress<PlannerProgress>? progress, CancellationToken cancellationToken)
    {
        _phase = phase;
        _model = model;
        _knownBound = knownBound;
        _elapsed = elapsed;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Elapsed wall time at the last solution, or <c>null</c> before the first (presolve on a loaded machine can take longer
    /// than a stall limit, which must not stop a search that has not started); read from any thread.
    /// </summary>
    public TimeSpan? LastSolutionAt => Interlocked.Read(ref _lastSolutionTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <inheritdoc />
    public override void OnSolutionCallback()
    {
        Interlocked.Exchange(ref _lastSolutionTicks, _elapsed().Ticks);
        if (_cancellationToken.IsCancellationRequested)
        {
            StopSearch();
        }

        _progress?.Report(new PlannerProgress(_elapsed(), _phase, _model.HeldPriority + Value(_model.PlacedPriority),
            _knownBound ?? _model.HeldPriority + SolverSettings.Floor(BestObjectiveBound() / _model.PriorityWeight)));
    }
}
