namespace Liaison.Data.Tests;

/// <summary>A clock that starts at 2024-11-20 08:00 UTC and moves one minute forward each time it is read, so recorded times are distinct and ordered.</summary>
internal sealed class SteppingClock : TimeProvider
{
    private long _reads;

    public override DateTimeOffset GetUtcNow() =>
        new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _reads));
}
