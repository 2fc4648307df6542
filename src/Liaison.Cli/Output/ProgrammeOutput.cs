using Liaison.Domain;
using Liaison.Interchange;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Output;

/// <summary>What <c>plan</c> and <c>replan</c> both do with a result: stage the three programme files and print the programme.</summary>
internal static class ProgrammeOutput
{
    /// <summary>Writes programme.json, programme.csv and programme.ics into <paramref name="folder"/> (not yet committed).</summary>
    /// <param name="folder">The staged output folder.</param>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="result">The planner's result.</param>
    /// <exception cref="BadInputException">When a file cannot be written.</exception>
    public static void Stage(OutputFolder folder, Scenario scenario, PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.Write(ProgrammeFile.Json, stream => ProgrammeFiles.WriteJson(scenario, result.Programme, result.Objective, stream));
        folder.Write(ProgrammeFile.Csv, stream => ProgrammeFiles.WriteCsv(scenario, result.Programme, stream));
        folder.Write(ProgrammeFile.Calendar, stream => ProgrammeFiles.WriteCalendar(scenario, result.Programme, stream));
    }

    /// <summary>Prints the programme, the files written and the closing line with <paramref name="closingSuffix"/> appended.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="result">The planner's result.</param>
    /// <param name="outPath">The --out folder as the user gave it.</param>
    /// <param name="closingSuffix">Text after the closing line, e.g. <c>, moved 3 meetings</c>; empty for none.</param>
    public static void Print(IAnsiConsole console, Scenario scenario, PlanResult result, string outPath, string closingSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        ProgrammeView.Render(console, scenario, result.Programme);
        console.WriteLineAsIs($"Wrote {string.Join(", ", ProgrammeFile.All.Select(name => Path.Combine(outPath, name)))}.");
        console.WriteLineAsIs(ClosingLine.Format(scenario, result.Programme, result.Objective) + closingSuffix);
    }
}
