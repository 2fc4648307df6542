using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Data;

/// <summary>
/// Puts every SQLite connection in write-ahead-log mode when it opens, so readers never block the
/// writer and the writer never blocks readers; WAL is persistent in the file, so this is a no-op
/// after the first time. Stateless and thread-safe.
/// </summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA journal_mode = WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
