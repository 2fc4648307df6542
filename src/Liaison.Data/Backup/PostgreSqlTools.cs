using System.Diagnostics;
using Npgsql;

namespace Liaison.Data.Backup;

/// <summary>Runs <c>pg_dump</c> and <c>pg_restore</c> for a connection string, passing the password through the environment, never the command line.</summary>
internal static class PostgreSqlTools
{
    /// <summary>Where Debian and Ubuntu install the server's client tools when they are not on PATH.</summary>
    private const string DebianToolsFolder = "/usr/lib/postgresql";

    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = builder.Username;
        start.Environment["PGDATABASE"] = builder.Database;
        if (builder.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await error).Trim()} {(await output).Trim()}".Trim());
        }
    }

    private static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        var installed = Directory.Exists(DebianToolsFolder)
            ? Directory.GetDirectories(DebianToolsFolder)
                .Select(folder => Path.Combine(folder, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new BackupException(
            $"{tool} was not found on PATH or under {DebianToolsFolder}/*/bin; install the PostgreSQL client tools (Debian: postgresql-client).");
    }
}
