using CsCheck;
using NodaTime;

namespace Liaison.Domain.Tests;

public sealed class IntervalsTests
{
    private static readonly Instant Origin = Instant.FromUtc(2024, 11, 24, 0, 0);

    private static Interval Minutes(int from, int to) => new(Origin + Duration.FromMinutes(from), Origin + Duration.FromMinutes(to));

    [Fact]
    public void SubtractCutsHolesOutOfTheMiddleAndTheEdges()
    {
        var result = Intervals.Subtract([Minutes(0, 100)], [Minutes(-10, 10), Minutes(40, 50), Minutes(90, 120)]);

        Assert.Equal([Minutes(10, 40), Minutes(50, 90)], result);
    }

    [Fact]
    public void SubtractKeepsExactlyTheMinutesOutsideEveryHole()
    {
        var gen = Gen.Select(
            Gen.Int[0, 50].Array[1, 4],
            Gen.Select(Gen.Int[0, 300], Gen.Int[1, 60]).Array[0, 6]);
        gen.Sample((starts, holes) =>
        {
            var from = starts.Distinct().Order().Select(s => Minutes(s * 10, s * 10 + 5)).ToList();
            var holeIntervals = holes.Select(h => Minutes(h.Item1, h.Item1 + h.Item2)).ToList();

            var result = Intervals.Subtract(from, holeIntervals);

            for (var minute = -5; minute < 520; minute++)
            {
                var t = Origin + Duration.FromMinutes(minute);
                var expected = from.Any(f => f.Contains(t)) && !holeIntervals.Any(h => h.Contains(t));
                if (result.Any(r => r.Contains(t)) != expected)
                {
                    return false;
                }
            }

            return result.Zip(result.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }, iter: 300);
    }
}
