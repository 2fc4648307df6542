using Microsoft.Data.Sqlite;
using Npgsql;

namespace Liaison.Data.Backup;

/// <summary>
/// Backs up and restores the whole database, online. SQLite: the SQLite online backup API
/// (a consistent copy while others read and write) to and from a plain database file.
/// PostgreSQL: <c>pg_dump -Fc</c> (custom format) and <c>pg_restore --clean --if-exists
/// --single-transaction</c>, found on PATH or under /usr/lib/postgresql/*/bin.
/// </summary>
/// <remarks>Thread-safe; a restore replaces everything, so callers keep other writers away while it runs.</remarks>
/// <param name="settings">The database to back up or restore into.</param>
public sealed class DatabaseBackup(DatabaseSettings settings)
{
    /// <summary>Writes a backup of the whole database to <paramref name="file"/>, replacing any file there.</summary>
    /// <param name="file">Path of the backup file; its folder must exist.</param>
    /// <param name="cancellationToken">Cancels the backup (PostgreSQL; SQLite copies in one step).</param>
    /// <exception cref="BackupException">The tools are missing or failed.</exception>
    public async Task BackupAsync(string file, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(file);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            await PostgreSqlTools.RunAsync("pg_dump", settings.ConnectionString, ["--format=custom", "--no-owner", "--file", target], cancellationToken);
            return;
        }

        File.Delete(target);
        await using var source = new SqliteConnection(settings.ConnectionString);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }

    /// <summary>Replaces the whole database with the backup in <paramref name="file"/>, in one step: on failure the database is unchanged.</summary>
    /// <param name="file">A file written by <see cref="BackupAsync"/> for the same provider.</param>
    /// <param name="cancellationToken">Cancels the restore (PostgreSQL; SQLite copies in one step).</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="BackupException">The file is not a Liaison backup for this provider, or the tools failed.</exception>
    public async Task RestoreAsync(string file, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"The backup file {source} does not exist.", source);
        }

        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            await PostgreSqlTools.RunAsync("pg_restore", settings.ConnectionString,
                ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database!, source],
                cancellationToken);
            return;
        }

        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await backup.OpenAsync(cancellationToken);
        await EnsureLiaisonDatabaseAsync(backup, source, cancellationToken);
        await using var live = new SqliteConnection(settings.ConnectionString);
        await live.OpenAsync(cancellationToken);
        backup.BackupDatabase(live);
        SqliteConnection.ClearPool(live);
    }

    private static async Task EnsureLiaisonDatabaseAsync(SqliteConnection backup, string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = backup.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1)
            {
                return;
            }
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{path} is not a SQLite database ({e.Message}); give a file written by 'liaison backup'.", e);
        }

        throw new BackupException($"{path} is a SQLite database but not a Liaison one (no migration history); give a file written by 'liaison backup'.");
    }
}
