using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Solving;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

public sealed class LargeNeighbourhoodSearchTests : IDisposable
{
    private const string Sat = "Sat 2022-01-01";
    private const string Sun = "Sun 2022-01-02";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AWaveFollowsMeetingsInTimeAcrossTheNight()
    {
        // In time order: M0 Sat 08:00 (grain 0), M1 Sat 10:45 (7), M2 Sun 08:00 (8), M3 Sun 08:30 (10). The night
        // comes before the third place (index 2); the run of two from the place before it is the last meeting of
        // Saturday and the first of Sunday, on both days.
        var workbook = new TestWorkbook()
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "10:45", Room: "Big"))
            .Meeting(new(15, Required: "Bob", Day: Sun, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Required: "Bob", Day: Sun, Start: "08:30", Room: "Big"));
        var read = MeetingWorkbookReader.Read(workbook.Save(folder));

        var nights = LargeNeighbourhoodSearch.Nights(read.Problem, read.CompletePlacements!);
        var (meetings, days) = LargeNeighbourhoodSearch.Wave(read.Problem, read.CompletePlacements!, first: nights[0] - 1, count: 2);

        Assert.Equal([2], nights);
        Assert.Equal([1, 2], meetings.Order());
        Assert.Equal([0, 1], days.Order());
    }

    [Fact]
    public void AWaveAcrossTheNightRemovesTheOneGrainBreakBetweenTheDays()
    {
        // M1 (Ann) Big Sat 10:45 [7,8) and M2 (Bob) Big Sun 08:00 [8,9): grains run straight across the night, so
        // M2 starts right after M1's last grain: a break (100) + as soon as possible 7 + 8 = -115 soft. Re-timed
        // together in Big on both days, the best is both on Saturday one grain apart, M1 at 0 and M2 at 2: -2 soft.
        var workbook = new TestWorkbook()
            .Weight("Room conflict", 1)
            .Weight("One TimeGrain break between two consecutive meetings", 100).Weight("Do all meetings as soon as possible", 1)
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "10:45", Room: "Big"))
            .Meeting(new(15, Required: "Bob", Day: Sun, Start: "08:00", Room: "Big"));
        var read = MeetingWorkbookReader.Read(workbook.Save(folder));
        var costs = new CostModel(read.Problem);
        var current = read.CompletePlacements!.ToArray();
        var (meetings, days) = LargeNeighbourhoodSearch.Wave(read.Problem, current, first: 0, count: 2);

        var result = NeighbourhoodModel.Solve(costs, current, meetings, days, keepRooms: true, seconds: 10, seed: 1, workers: 1);

        Assert.NotNull(result);
        Assert.Equal(new Score(0, 0, -115), costs.Total(current));
        Assert.Equal(new Score(0, 0, -2), costs.Total(result.Value.Placements));
        Assert.Equal([0, 0], result.Value.Placements.Select(p => p.Room));
        Assert.Equal([0, 2], result.Value.Placements.Select(p => p.Grain).Order());
    }

    [Fact]
    public void ALaterResultOfARoundTakesOnlyTheMeetingsItFreed()
    {
        // Both sub-models of a round were solved against the same basis. The first moved M0; the second freed only M2
        // (and left M0 and M1 where the basis had them). Laid over the placement after the first, it keeps M0's move.
        Placement[] basis = [new(0, 0), new(4, 0), new(8, 0)];
        Placement[] afterFirst = [new(1, 1), new(4, 0), new(8, 0)];
        Placement[] second = [new(0, 0), new(4, 0), new(6, 2)];

        var laid = LargeNeighbourhoodSearch.LaidOver(basis, afterFirst, second, [2]);
        var alone = LargeNeighbourhoodSearch.LaidOver(basis, basis, second, [2]);

        Assert.Equal([new(1, 1), new(4, 0), new(6, 2)], laid);
        Assert.Equal([new(1, 1), new(4, 0), new(8, 0)], afterFirst);
        Assert.Same(second, alone);
    }

    [Fact]
    public void RoundsOfTwoNeighbourhoodsNeverEndWorseThanTheStart()
    {
        // Four meetings of Ann in the one room, two on each day, placed late and touching (grains 4, 5, 9 and 10): the search may only improve them,
        // and what it returns scores (by the referee) what the solver's own split says.
        var workbook = new TestWorkbook()
            .Weight("Room conflict", 1).Weight("Required attendance conflict", 1)
            .Weight("One TimeGrain break between two consecutive meetings", 100).Weight("Do all meetings as soon as possible", 1)
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "10:00", Room: "Big"))
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "10:15", Room: "Big"))
            .Meeting(new(15, Required: "Ann", Day: Sun, Start: "08:15", Room: "Big"))
            .Meeting(new(15, Required: "Ann", Day: Sun, Start: "08:30", Room: "Big"));
        var read = MeetingWorkbookReader.Read(workbook.Save(folder));
        var costs = new CostModel(read.Problem);
        var start = read.CompletePlacements!.ToArray();
        using var stop = new CancellationTokenSource();
        var limits = new SolveLimits(TimeSpan.FromSeconds(3), TimeProvider.System, stop.Token);

        var improved = new LargeNeighbourhoodSearch(costs, seed: 1).Improve(start, limits, improved: null, parallel: 2);

        Assert.Equal(0, costs.Total(improved).Hard);
        Assert.True(costs.Total(improved) > costs.Total(start), $"{costs.Total(improved)} is not better than {costs.Total(start)}.");
        Assert.Equal(costs.Total(improved), Liaison.Benchmarks.OptaPlanner.Scoring.ScoreCalculator.Calculate(read.Problem, improved));
    }
}
