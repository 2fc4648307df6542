namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>When the search must stop: at the deadline or when <see cref="Stop"/> is cancelled, whichever comes first.</summary>
internal sealed class SolveLimits(TimeSpan timeLimit, TimeProvider time, CancellationToken stop)
{
    private readonly long deadline = time.GetTimestamp() + (long)(timeLimit.TotalSeconds * time.TimestampFrequency);

    public CancellationToken Stop => stop;

    /// <summary>Seconds left, 0 once stopped.</summary>
    public double SecondsLeft => stop.IsCancellationRequested ? 0 : Math.Max(0, time.GetElapsedTime(time.GetTimestamp(), deadline).TotalSeconds);

    public bool IsOver => SecondsLeft <= 0;
}
