using Liaison.Benchmarks.OwnBenchmark;

namespace Liaison.Benchmarks.Tests.OwnBenchmark;

/// <summary>Solving one small instance in-process with each solver, and the result file the child writes.</summary>
public class InstanceRunnerTests
{
    private static readonly BenchmarkSettings Tiny = new(5, TimeLimitScale: 0.05, SizeScale: 0.1, SamplePath: "unused.json");

    [Theory]
    [InlineData(InstanceRunner.Engine)]
    [InlineData(InstanceRunner.Monolithic)]
    public void SolvesATinyAssemblyWithAValidBound(string solver)
    {
        var result = InstanceRunner.Run(BenchmarkFamily.Assembly, Tiny, solver, TimeProvider.System);

        Assert.Equal(("assembly", solver, 200), (result.Family, result.Solver, result.Requests));
        Assert.InRange(result.Placed!.Value, 1, result.Requests);
        Assert.InRange(result.Objective!.Value, 1, result.Bound!.Value);
        Assert.Null(result.Failure);
    }

    [Fact]
    public void ReplanReportsHowManyMeetingsMoved()
    {
        var result = InstanceRunner.Run(BenchmarkFamily.Replan, Tiny, InstanceRunner.Engine, TimeProvider.System);

        Assert.Equal(190, result.Requests);
        Assert.NotNull(result.Moved);
        Assert.NotNull(result.Forced);
        Assert.InRange(result.Objective!.Value, 0, result.Bound!.Value);
    }

    [Fact]
    public void ResultSurvivesTheFileBetweenChildAndParent()
    {
        var path = Path.Combine(Path.GetTempPath(), $"run-{Guid.NewGuid():N}.json");
        var written = new RunResult("brokerage", "engine", 30000, 9000, 27000, 27500, false, 60.2, 812.5);
        try
        {
            RunResultJson.Write(written, path);

            Assert.Equal(written, RunResultJson.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GapIsTheShareOfTheBoundNotReached()
    {
        Assert.Equal(0.1, new RunResult("f", "engine", 10, 9, 90, 100, false, 1, null).Gap!.Value, 9);
        Assert.Null(RunResult.Failed("f", "monolithic", 3, 10_000, "out of memory").Gap);
        Assert.Equal(TimeSpan.FromSeconds(30), Tiny.TimeLimitOf(BenchmarkFamily.BrokerageXl) * 2);
    }
}
