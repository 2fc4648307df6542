using CsCheck;
using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Scoring;
using Liaison.Benchmarks.OptaPlanner.Solving;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

public sealed class CostModelTests
{
    private static readonly MeetingProblem Fifty = MeetingWorkbookReader.Read(BenchmarkFiles.Fifty).Problem;

    [Fact]
    public void SumsItsUnaryAndPairTermsToTheRefereesScoreOnAnyPlacement()
    {
        // The solver prices moves with the split score; it must agree with the independently written referee,
        // including placements that break hard constraints (overtime, other day, shared rooms).
        var costs = new CostModel(Fifty);
        var placement = Gen.Select(Gen.Int[0, Fifty.Grains.Count - 1], Gen.Int[0, Fifty.Rooms.Count - 1], (g, r) => new Placement(g, r));

        placement.Array[Fifty.Meetings.Count].Sample(
            placements => Assert.Equal(ScoreCalculator.Calculate(Fifty, placements), costs.Total(placements)),
            iter: 50);
    }
}
