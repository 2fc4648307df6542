using System.CommandLine;
using Liaison.Cli.Output;
using Liaison.Data.Backup;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Liaison.Cli.Database;

/// <summary>
/// <c>liaison backup --out FILE</c> and <c>liaison restore FILE</c>: a whole-database backup
/// (SQLite online backup, or pg_dump custom format) and its restore (docs/database.md).
/// </summary>
internal static class BackupCommand
{
    /// <summary>Builds the <c>backup</c> command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Configuration, clock and debug switch.</param>
    public static Command CreateBackup(IAnsiConsole console, CliServices services)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write (replaced if it exists).", HelpName = "FILE", Required = true };
        output.AcceptLegalFilePathsOnly();
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal fault." };
        var command = new Command("backup", "Back up the whole database to a file while Liaison keeps running.") { output, verbose };
        command.SetAction(parsed => DatabaseSession.Run(console, services, parsed.GetValue(verbose), async provider =>
        {
            var file = parsed.GetRequiredValue(output);
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder))
            {
                throw new BadInputException($"{file}: the folder {folder} does not exist. Fix: create it or give --out a path in an existing folder.");
            }

            await Translate(() => provider.GetRequiredService<DatabaseBackup>().BackupAsync(file, services.Stop), file);
            console.WriteLineAsIs($"Wrote backup {Path.GetFullPath(file)}.");
            return ExitCode.Success;
        }));
        return command;
    }

    /// <summary>Builds the <c>restore</c> command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Configuration, clock and debug switch.</param>
    public static Command CreateRestore(IAnsiConsole console, CliServices services)
    {
        var input = new Argument<string>("FILE") { Description = "A file written by 'liaison backup' for the same kind of database." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal fault." };
        var command = new Command("restore", "Replace the whole database with a backup; on failure nothing changes.") { input, verbose };
        command.SetAction(parsed => DatabaseSession.Run(console, services, parsed.GetValue(verbose), async provider =>
        {
            var file = parsed.GetRequiredValue(input);
            if (!File.Exists(file))
            {
                throw new BadInputException($"{file}: no such file. Fix: give the path of a file written by 'liaison backup --out FILE'.");
            }

            await Translate(() => provider.GetRequiredService<DatabaseBackup>().RestoreAsync(file, services.Stop), file);
            console.WriteLineAsIs($"Restored the database from {Path.GetFullPath(file)}.");
            return ExitCode.Success;
        }));
        return command;
    }

    private static async Task Translate(Func<Task> work, string file)
    {
        try
        {
            await work();
        }
        catch (BackupException bad)
        {
            throw new BadInputException($"{file}: {bad.Message}", bad);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{file}: {e.Message} Fix: check the path and that you may read and write there.", e);
        }
    }
}
