using System.Globalization;
using Liaison.Cli.Output;
using NodaTime;
using Spectre.Console;

namespace Liaison.Cli.Tests.Output;

public sealed class ProgrammeViewTests
{
    [Fact]
    public void HeadsEachDayWithTheDateTheZoneAndTheOffset()
    {
        var lines = Render(new LocalDate(2024, 11, 25));

        Assert.Contains("Monday 25 November 2024 · Africa/Casablanca (UTC+01:00)", lines);
    }

    [Fact]
    public void ShowsTheOffsetMoroccoKeepsDuringRamadan()
    {
        var lines = Render(new LocalDate(2025, 3, 10));

        Assert.Contains("Monday 10 March 2025 · Africa/Casablanca (UTC+00:00)", lines);
    }

    [Fact]
    public void ListsTheMeetingInEventLocalTimeWithCounterpartRoomInterpreterTopicsAndMarks()
    {
        var row = Assert.Single(Render(new LocalDate(2024, 11, 25)), l => l.Contains("10:00–10:30", StringComparison.Ordinal));

        Assert.Equal(
            ["10:00–10:30", "Norway (NO), Police Commissioner", "Salon Atlas", "Interpreter AR/EN", "cross-border-crime", "confidential, signing"],
            Cells(row));
    }

    [Fact]
    public void HeadsTheProgrammeWithThePrincipalsTitle() =>
        Assert.Contains(Render(new LocalDate(2024, 11, 25)), l => l.Contains("Director General for National Security", StringComparison.Ordinal));

    [Fact]
    public void ListsEachUnplacedRequestWithItsRequesterAndReason()
    {
        var row = Assert.Single(Render(new LocalDate(2024, 11, 25)), l => l.Contains("R2", StringComparison.Ordinal));

        Assert.Equal(
            ["R2", "Senegal (SN), Director General of Police", "no interpreter: No interpreter works between Wolof and Arabic or French."],
            Cells(row));
    }

    private static List<string> Render(LocalDate day)
    {
        var scenario = ViewScenario.Create(day);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;

        ProgrammeView.Render(console, scenario, ViewScenario.Programme(scenario));

        return writer.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
    }

    /// <summary>The cells of a table row, whichever border characters the console chose.</summary>
    private static string[] Cells(string row) =>
        row.Split(['│', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
