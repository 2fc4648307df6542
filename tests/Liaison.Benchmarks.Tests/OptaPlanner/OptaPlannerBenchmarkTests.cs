using Liaison.Benchmarks.OptaPlanner;
using Liaison.Interchange;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

public sealed class OptaPlannerBenchmarkTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void WritesNothingForAMalformedWorkbook()
    {
        var path = new TestWorkbook().Meeting(new(20, Required: "Ann")).Save(folder);
        var outDir = folder.File("out");

        Assert.Throws<InvalidFileException>(() => OptaPlannerBenchmark.Run(path, TimeSpan.FromSeconds(1), outDir));

        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void SolvesASmallHandMadeInstanceToItsOptimum()
    {
        // Two 15-minute meetings both requiring Ann; rooms Big (10) and Small (2); the published weights.
        // They cannot share a grain (hard). Starts 0 and 1 cost a break (100); starts 0 and 2 cost only
        // "as soon as possible" 0 + 2, with both in Big (Small costs 8 for the larger room, and a change of room
        // 1 grain after the first ends costs 1 for room stability). Optimum: 0hard/0medium/-2soft.
        var workbook = new TestWorkbook()
            .Meeting(new(15, Required: "Ann"))
            .Meeting(new(15, Required: "Ann"));
        foreach (var name in ConstraintWeights.Names)
        {
            workbook.Weight(name, 1);
        }

        workbook.Weight("One TimeGrain break between two consecutive meetings", 100).Weight("Overlapping meetings", 10);

        var result = OptaPlannerBenchmark.Run(workbook.Save(folder), TimeSpan.FromSeconds(1), folder.File("out"));

        Assert.Equal(new Score(0, 0, -2), result.Score);
    }
}
