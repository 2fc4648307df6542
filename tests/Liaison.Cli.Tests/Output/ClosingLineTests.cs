using Liaison.Cli.Output;
using Liaison.Domain.Programmes;

namespace Liaison.Cli.Tests.Output;

public sealed class ClosingLineTests
{
    [Fact]
    public void SaysOptimalWhenTheSolverProvedIt()
    {
        var scenario = ViewScenario.Create();

        var line = ClosingLine.Format(scenario, ViewScenario.Programme(scenario), new ObjectiveReport(3, 3, IsOptimal: true));

        Assert.Equal("placed 1 of 2 requests (optimal)", line);
    }

    [Fact]
    public void GivesTheGapToTheBoundInPercentWithOneDecimal()
    {
        var scenario = ViewScenario.Create();

        var line = ClosingLine.Format(scenario, ViewScenario.Programme(scenario), new ObjectiveReport(7, 8, IsOptimal: false));

        Assert.Equal("placed 1 of 2 requests (gap 12.5%)", line);
    }
}
