using System.CommandLine;
using System.Globalization;
using System.Text;
using Liaison.Cli.Database;
using Liaison.Cli.Output;
using Liaison.Domain;
using Liaison.Interchange;
using Liaison.Reporting;
using Liaison.Reporting.Pdf;
using Spectre.Console;

namespace Liaison.Cli.Reporting;

/// <summary>
/// <c>liaison report SOURCE|--event NAME|ID --lang ar|en|es|fr --public|--internal [--clearance] [--regions m49|event] --out FILE</c>:
/// the engagement report of an event, as a self-contained HTML page (FILE.html) or a PDF printed in headless Chromium
/// (FILE.pdf). SOURCE is an event file and needs no database; <c>--event</c> names an event of the workspace database
/// instead (chosen as for <c>liaison backup</c>), whose every event is the history "new partner" is judged against.
/// A file path and an event name can so never be mistaken for each other.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Builds the <c>report</c> command.</summary>
    /// <param name="console">Where the closing line goes (stdout).</param>
    /// <param name="services">The stderr writer problems and faults go to, and the debug switch.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var source = new Argument<string?>("SOURCE")
        {
            Description = "The event file (the scenario format with records, agreements and commitments; see docs/scenario.md); leave out with --event.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var databaseEvent = new Option<string?>("--event")
        {
            Description = "An event of the workspace database, by name (as imported) or id, instead of SOURCE; the database is chosen as for 'liaison backup'.",
            HelpName = "NAME|ID",
        };
        var language = new Option<string>("--lang") { Description = "The report's language.", Required = true };
        language.AcceptOnlyFromAmong([.. ReportOptions.Languages]);
        var publicAudience = new Option<bool>("--public") { Description = "The public summary: names only meetings whose publicity is public." };
        var internalAudience = new Option<bool>("--internal") { Description = "The internal report: names every meeting." };
        var clearance = new Option<bool>("--clearance") { Description = "With --internal: include restricted summaries (the reader is cleared)." };
        var regions = new Option<string>("--regions") { Description = "Group partners by UN M49 regions or by the event's own regions.", DefaultValueFactory = _ => "m49" };
        regions.AcceptOnlyFromAmong("m49", "event");
        var output = CommonOptions.Out("The report file to write: .html for the page, .pdf to print it (replaced if it exists).");
        var verbose = CommonOptions.Verbose();
        var command = new Command("report", "Write an event's engagement report (HTML or PDF) in Arabic, English, Spanish or French.")
        {
            source, databaseEvent, language, publicAudience, internalAudience, clearance, regions, output, verbose,
        };
        command.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValue(source)) == string.IsNullOrEmpty(result.GetValue(databaseEvent)))
            {
                result.AddError("Give either SOURCE, an event file, or --event NAME|ID, an event of the workspace database (not both).");
            }
            else if (result.GetValue(publicAudience) == result.GetValue(internalAudience))
            {
                result.AddError("Give exactly one of --public and --internal.");
            }
            else if (result.GetValue(publicAudience) && result.GetValue(clearance))
            {
                result.AddError("--clearance applies to --internal only: a public report never shows restricted content.");
            }
        });
        command.SetAction(parsed =>
        {
            var options = new ReportOptions(
                CultureInfo.GetCultureInfo(parsed.GetRequiredValue(language)),
                parsed.GetValue(publicAudience) ? ReportAudience.Public : ReportAudience.Internal,
                parsed.GetValue(clearance),
                parsed.GetValue(regions) == "event" ? RegionScheme.Event : RegionScheme.M49);
            var outPath = parsed.GetRequiredValue(output);
            var verboseFaults = services.Debug || parsed.GetValue(verbose);
            if (parsed.GetValue(databaseEvent) is { Length: > 0 } wanted)
            {
                return DatabaseSession.Run(console, services, verboseFaults, async provider =>
                {
                    FormatOf(outPath);
                    var (dossier, history) = await DatabaseReportSource.LoadAsync(provider, wanted, services.Stop);
                    return await WriteAsync(console, dossier, history, options, outPath);
                });
            }

            return CommandGuard.Run(services.Errors, verboseFaults, () =>
            {
                FormatOf(outPath);
                var dossier = InputFiles.Read(parsed.GetValue(source)!, "an event file", "samples/marrakech-2024/scenario.json", EventFile.Read);
                return WriteAsync(console, dossier, [], options, outPath).GetAwaiter().GetResult();
            });
        });
        return command;
    }

    /// <summary>Builds, renders and writes the report (all or nothing) and prints the closing line.</summary>
    private static async Task<int> WriteAsync(
        IAnsiConsole console, EventDossier dossier, IReadOnlyCollection<EventDossier> history, ReportOptions options, string outPath)
    {
        var report = EngagementReportBuilder.Build(dossier, options, history);
        var html = await ReportHtml.RenderAsync(report);
        var content = FormatOf(outPath) == ReportFormat.Pdf ? await Print(html) : Encoding.UTF8.GetBytes(html);
        OutputFile.Write(outPath, content);
        console.WriteLineAsIs(ClosingLine(report, outPath));
        return ExitCode.Success;
    }

    private static ReportFormat FormatOf(string outPath) => Path.GetExtension(outPath).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => ReportFormat.Html,
        ".PDF" => ReportFormat.Pdf,
        _ => throw new BadInputException($"{outPath}: --out must end in .html or .pdf. Fix: e.g. --out report.pdf."),
    };

    private static async Task<byte[]> Print(string html)
    {
        ChromiumPdfPrinter printer;
        try
        {
            printer = await ChromiumPdfPrinter.LaunchAsync();
        }
        catch (FileNotFoundException missing)
        {
            throw new BadInputException($"liaison report: {missing.Message} Or write --out FILE.html instead.", missing);
        }

        await using (printer)
        {
            return await printer.PrintAsync(html);
        }
    }

    private static string ClosingLine(EngagementReport report, string outPath) => string.Create(CultureInfo.InvariantCulture,
        $"Wrote {Path.GetFullPath(outPath)}: {report.Options.Audience.ToString().ToLowerInvariant()} report in {report.Options.Language}, " +
        $"{report.Meetings.Total} meetings ({report.Meetings.Unnamed} not named), {report.Agreements.Count + report.UnnamedAgreements} agreements signed.");
}
