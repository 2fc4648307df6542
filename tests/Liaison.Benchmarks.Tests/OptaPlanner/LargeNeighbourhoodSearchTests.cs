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

        var result = NeighbourhoodModel.Solve(costs, current, meetings, days, keepRooms: true, seconds: 10, seed: 1);

        Assert.NotNull(result);
        Assert.Equal(new Score(0, 0, -115), costs.Total(current));
        Assert.Equal(new Score(0, 0, -2), costs.Total(result.Value.Placements));
        Assert.Equal([0, 0], result.Value.Placements.Select(p => p.Room));
        Assert.Equal([0, 2], result.Value.Placements.Select(p => p.Grain).Order());
    }
}
