using Liaison.Data.Auditing;
using Npgsql;

namespace Liaison.Data.Tests;

/// <summary>One test's own database (see <see cref="TestDatabases"/>); disposing drops it and deletes its temp folder.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;

    internal TestDatabase(DatabaseSettings settings, string folder, string? adminConnection, TimeProvider time)
    {
        Settings = settings;
        Folder = folder;
        Time = time;
        _adminConnection = adminConnection;
    }

    /// <summary>Provider and connection string of this database.</summary>
    public DatabaseSettings Settings { get; }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>A temp folder owned by the test (holds the SQLite file; use it for backups and other files).</summary>
    public string Folder { get; }

    /// <summary>The clock given to contexts.</summary>
    public TimeProvider Time { get; }

    /// <summary>A new context on this database; the caller disposes it.</summary>
    /// <param name="audit">Who saves; defaults to a test user "tester" from client "test".</param>
    public LiaisonDbContext CreateContext(IAuditContext? audit = null) =>
        LiaisonDatabase.CreateContext(Settings, audit ?? new StaticAuditContext("user-1", "tester", "test"), Time);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabases.DropAsync(_adminConnection, new NpgsqlConnectionStringBuilder(Settings.ConnectionString).Database!);
        }
        else
        {
            TestDatabases.ReleaseSqlite(Settings);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
