using System.CommandLine;
using System.Globalization;
using System.Text;
using Liaison.Cli.Output;
using Liaison.Interchange;
using Liaison.Reporting;
using Liaison.Reporting.Pdf;
using Spectre.Console;

namespace Liaison.Cli.Reporting;

/// <summary>
/// <c>liaison report SOURCE --lang ar|en|es|fr --public|--internal [--clearance] [--regions m49|event] --out FILE</c>:
/// the engagement report of an event file, as a self-contained HTML page (FILE.html) or a PDF printed in headless
/// Chromium (FILE.pdf). Needs no database.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Builds the <c>report</c> command.</summary>
    /// <param name="console">Where the closing line goes (stdout).</param>
    /// <param name="services">The stderr writer problems and faults go to, and the debug switch.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var source = new Argument<string>("SOURCE") { Description = "The event file (the scenario format with records, agreements and commitments; see docs/scenario.md)." };
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
            source, language, publicAudience, internalAudience, clearance, regions, output, verbose,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(publicAudience) == result.GetValue(internalAudience))
            {
                result.AddError("Give exactly one of --public and --internal.");
            }
            else if (result.GetValue(publicAudience) && result.GetValue(clearance))
            {
                result.AddError("--clearance applies to --internal only: a public report never shows restricted content.");
            }
        });
        command.SetAction(parsed => CommandGuard.Run(services.Errors, services.Debug || parsed.GetValue(verbose), () => Execute(
            console,
            parsed.GetRequiredValue(source),
            new ReportOptions(
                CultureInfo.GetCultureInfo(parsed.GetRequiredValue(language)),
                parsed.GetValue(publicAudience) ? ReportAudience.Public : ReportAudience.Internal,
                parsed.GetValue(clearance),
                parsed.GetValue(regions) == "event" ? RegionScheme.Event : RegionScheme.M49),
            parsed.GetRequiredValue(output))));
        return command;
    }

    private static int Execute(IAnsiConsole console, string sourcePath, ReportOptions options, string outPath)
    {
        var format = FormatOf(outPath);
        var dossier = InputFiles.Read(sourcePath, "an event file", "samples/marrakech-2024/scenario.json", EventFile.Read);
        var report = EngagementReportBuilder.Build(dossier, options, []);
        var html = ReportHtml.RenderAsync(report).GetAwaiter().GetResult();
        var content = format == ReportFormat.Pdf ? Print(html).GetAwaiter().GetResult() : Encoding.UTF8.GetBytes(html);
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
