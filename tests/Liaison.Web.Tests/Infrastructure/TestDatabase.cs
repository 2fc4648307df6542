using Liaison.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// A database owned by one test: a SQLite file in its own temp folder, or a fresh PostgreSQL
/// database <c>liaison_test_&lt;guid&gt;</c> on the server named by <c>LIAISON_TEST_POSTGRES</c>.
/// Without that variable PostgreSQL tests are skipped, except under <c>CI=true</c> where they fail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string PostgresVariable = "LIAISON_TEST_POSTGRES";
    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(IReadOnlyDictionary<string, string?> settings, string? folder, string? adminConnection, string? databaseName)
    {
        Settings = settings;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    /// <summary>The configuration that points the web host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Creates an empty database of the given kind (the host migrates it at start).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "liaison-web-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(
                new Dictionary<string, string?>
                {
                    ["Liaison:Database:Provider"] = "Sqlite",
                    ["Liaison:Database:Path"] = Path.Combine(folder, "liaison.db"),
                },
                folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{PostgresVariable} is not set, and PostgreSQL tests are mandatory under CI.");
            }

            throw new SkipException($"PostgreSQL test skipped: set {PostgresVariable} to an admin connection string to run it.");
        }

        var name = "liaison_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(
            new Dictionary<string, string?>
            {
                ["Liaison:Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Liaison"] = builder.ConnectionString,
            },
            null, admin, name);
    }

    /// <summary>Removes the SQLite folder or drops the PostgreSQL database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
