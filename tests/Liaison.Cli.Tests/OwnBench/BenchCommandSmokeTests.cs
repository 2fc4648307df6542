using System.Globalization;

namespace Liaison.Cli.Tests.OwnBench;

/// <summary>
/// A smoke run of <c>liaison bench</c>: every family shrunk to a few requests and a fraction of a second, each solve
/// in its own child process, one row per family. The full benchmark is not part of the test run.
/// </summary>
public class BenchCommandSmokeTests
{
    [Fact]
    public void PrintsOneSoundRowPerFamily()
    {
        var sample = CliHarness.SampleScenario();

        var outcome = CliHarness.Run("bench", "--size-scale", "0.02", "--time-limit-scale", "0.005", "--seed", "3", "--sample", sample);

        Assert.Equal(0, outcome.ExitCode);
        foreach (var family in new[] { "host-43", "assembly", "replan", "brokerage", "brokerage-xl" })
        {
            var cells = Assert.Single(outcome.Lines, l => l.StartsWith($"│ {family} ", StringComparison.Ordinal))
                .Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (requests, placed, objective, bound) = (Number(cells[1]), Number(cells[2]), Number(cells[3]), Number(cells[4]));
            Assert.InRange(placed, 0, requests);
            Assert.InRange(objective, 0, bound);
            Assert.InRange(Number(cells[10]), 0, Number(cells[11]));
        }
    }

    private static long Number(string cell) => long.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
