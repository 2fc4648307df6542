using Liaison.Cli.Replanning;
using Liaison.Domain.Programmes;
using Liaison.Interchange;
using NodaTime;

namespace Liaison.Cli.Tests.Replanning;

public sealed class ChangeTextTests
{
    private static readonly Domain.Scenario Sample =
        ScenarioFile.Read(CliHarness.SampleScenario());

    [Fact]
    public void APlaceNamesItsInterpretersSoAMoveThatOnlyChangesThemShows()
    {
        // 09:00-09:30 in Marrakech on 25 November 2024 is 08:00-08:30 UTC (UTC+1).
        var time = new Interval(Instant.FromUtc(2024, 11, 25, 8, 0), Instant.FromUtc(2024, 11, 25, 8, 30));
        var withFrench = new ScheduledMeeting("R01", time, "atlas", ["del-no", "dg"], ["int-fr-en-1"]);
        var withArabic = withFrench with { InterpreterIds = ["int-ar-en-1"] };
        var without = withFrench with { InterpreterIds = [] };

        Assert.Equal("Mon 25 Nov 09:00–09:30 in Salon Atlas with Interpreter FR/EN 1", ChangeText.Place(Sample, withFrench));
        Assert.Equal("Mon 25 Nov 09:00–09:30 in Salon Atlas with Interpreter AR/EN 1", ChangeText.Place(Sample, withArabic));
        Assert.Equal("Mon 25 Nov 09:00–09:30 in Salon Atlas", ChangeText.Place(Sample, without));
    }
}
