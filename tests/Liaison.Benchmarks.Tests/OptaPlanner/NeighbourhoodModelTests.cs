using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Solving;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

public sealed class NeighbourhoodModelTests : IDisposable
{
    private const string Sat = "Sat 2022-01-01";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ReTimingInTheirRoomsRemovesAOneGrainBreakAndKeepsTheRooms()
    {
        // M1 (Ann) Big [0,1), M2 (Bob) Big [1,2): a break (100) + as soon as possible 0 + 1 = -101 soft.
        // Kept in Big, the best is one grain apart: starts 0 and 2, -2 soft. Were rooms free, both at 0 (Big and
        // Small) would cost nothing, so a score of -2 with both in Big shows the rooms were kept.
        var workbook = Weighted(new TestWorkbook())
            .Meeting(new(15, Required: "Ann", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Required: "Bob", Day: Sat, Start: "08:15", Room: "Big"));

        var (costs, current, found) = ReTimeSaturday(workbook);

        Assert.Equal(new Score(0, 0, -101), costs.Total(current));
        Assert.Equal(new Score(0, 0, -2), costs.Total(found));
        Assert.Equal([0, 0], found.Select(p => p.Room));
        Assert.Equal([0, 2], found.Select(p => p.Grain).Order());
    }

    [Fact]
    public void ReTimingNeverTradesMediumForSoft()
    {
        // Ann is preferred in M1 (Big [0,2)) and M2 (Small [2,3)): medium 0; soft: break 100 + (1 + 2) = -103.
        // Overlapping them (M1 at 0, M2 at 0) would cost only 1 soft but 1 medium: refused. Without overlap the
        // best is M2 at 0 and M1 at 2 (M2 ends at 1, so no break): as soon as possible 0 + 3 = -3 soft.
        var workbook = Weighted(new TestWorkbook()).Weight("Preferred attendance conflict", 1)
            .Meeting(new(30, Preferred: "Ann", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Preferred: "Ann", Day: Sat, Start: "08:30", Room: "Small"));

        var (costs, current, found) = ReTimeSaturday(workbook);

        Assert.Equal(new Score(0, 0, -103), costs.Total(current));
        Assert.Equal(new Score(0, 0, -3), costs.Total(found));
        Assert.Equal([new Placement(2, 0), new Placement(0, 1)], found);
    }

    // Hard constraints at weight 1, the break at 100 and "as soon as possible" at 1, as in the published files.
    private static TestWorkbook Weighted(TestWorkbook workbook) => workbook
        .Weight("Room conflict", 1).Weight("Don't go in overtime", 1).Weight("Required attendance conflict", 1)
        .Weight("Required room capacity", 1).Weight("Start and end on same day", 1)
        .Weight("One TimeGrain break between two consecutive meetings", 100).Weight("Do all meetings as soon as possible", 1);

    // Frees every meeting on Saturday (day 0) in its room; CP-SAT proves such tiny models optimal at once.
    private (CostModel Costs, Placement[] Current, Placement[] Found) ReTimeSaturday(TestWorkbook workbook)
    {
        var read = MeetingWorkbookReader.Read(workbook.Save(folder));
        var costs = new CostModel(read.Problem);
        var current = read.CompletePlacements!.ToArray();
        var result = NeighbourhoodModel.Solve(costs, current, [.. Enumerable.Range(0, current.Length)],
            new HashSet<int> { 0 }, keepRooms: true, seconds: 10, seed: 1, workers: 1);
        Assert.NotNull(result);
        Assert.True(result.Value.Optimal);
        return (costs, current, result.Value.Placements);
    }
}
