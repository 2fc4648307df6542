using Microsoft.Data.Sqlite;
using Npgsql;

namespace Liaison.Data.Tests;

/// <summary>
/// Gives each test its own real database: a SQLite file in a fresh temp folder, or a fresh
/// PostgreSQL database <c>liaison_test_{guid}</c> on the server named by the admin connection
/// string in <see cref="PostgresVariable"/>. Without that variable PostgreSQL tests are skipped
/// with a message, except under <c>CI=true</c>, where they fail. Usable by other test projects.
/// </summary>
public static class TestDatabases
{
    /// <summary>Environment variable holding an admin connection string to a running PostgreSQL server.</summary>
    public const string PostgresVariable = "LIAISON_TEST_POSTGRES";

    /// <summary>Both providers, for <c>[SkippableTheory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]</c>.</summary>
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    /// <summary>Creates an empty, migrated database for one test; dispose it at the end of the test.</summary>
    /// <param name="provider">The engine.</param>
    /// <param name="time">Clock for audit entries and services; defaults to the system clock.</param>
    /// <exception cref="Xunit.SkipException">PostgreSQL without <see cref="PostgresVariable"/> outside CI.</exception>
    /// <exception cref="InvalidOperationException">PostgreSQL without <see cref="PostgresVariable"/> under CI=true.</exception>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, TimeProvider? time = null)
    {
        var folder = Directory.CreateTempSubdirectory("liaison-test-").FullName;
        DatabaseSettings settings;
        string? adminConnection = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            settings = DatabaseSettings.ForSqliteFile(Path.Combine(folder, "liaison.db"));
        }
        else
        {
            adminConnection = AdminConnectionString(folder);
            var name = "liaison_test_" + Guid.NewGuid().ToString("N");
            await using (var admin = new NpgsqlConnection(adminConnection))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }

            settings = new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ToString());
        }

        var database = new TestDatabase(settings, folder, adminConnection, time ?? TimeProvider.System);
        await using var db = database.CreateContext();
        await LiaisonDatabase.MigrateAsync(db);
        return database;
    }

    private static string AdminConnectionString(string folder)
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        Directory.Delete(folder, recursive: true);
        const string Message = $"PostgreSQL tests need {PostgresVariable}, an admin connection string such as \"Host=127.0.0.1;Port=55432;Username=postgres\" (.ci/run starts a throwaway server and sets it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Message + " Under CI=true they are mandatory.");
        }

        throw new SkipException(Message);
    }

    internal static async Task DropAsync(string adminConnection, string databaseName)
    {
        await using var admin = new NpgsqlConnection(adminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    internal static void ReleaseSqlite(DatabaseSettings settings)
    {
        using var connection = new SqliteConnection(settings.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
