using System.Globalization;
using Liaison.Cli.Planning;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Tests.Planning;

/// <summary>The plain phase lines written when the output is not a live terminal.</summary>
public sealed class PhaseLinesTests
{
    [Fact]
    public void SaysTheCpuSecondsUsedBesideTheWallSecondsWhenGivenACpuClock()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var cpu = new Queue<TimeSpan>([TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(2.5)]);
        var lines = new PhaseLines(Console(writer), cpu.Dequeue);

        lines.Report(new PlannerProgress(TimeSpan.FromSeconds(0.2), PlannerPhase.CheckingRequests, null, null));
        lines.Report(new PlannerProgress(TimeSpan.FromSeconds(1.5), PlannerPhase.Done, 139, 139));

        Assert.Equal(["[0.2 s, CPU 0.4 s] checking requests...", "[1.5 s, CPU 2.5 s] checking requests done."],
            writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
