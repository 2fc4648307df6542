using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Liaison.Data;

/// <summary>
/// Which database Liaison uses, read from configuration:
/// <c>Liaison:Database:Provider</c> = <c>Sqlite</c> (default) or <c>PostgreSql</c>;
/// <c>ConnectionStrings:Liaison</c> (environment <c>ConnectionStrings__Liaison</c>), required for
/// PostgreSQL; for SQLite, when no connection string is given, the file
/// <c>Liaison:Database:Path</c>, by default <see cref="DefaultSqlitePath"/>.
/// </summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Configuration key of the provider.</summary>
    public const string ProviderKey = "Liaison:Database:Provider";

    /// <summary>Configuration key of the SQLite file path.</summary>
    public const string PathKey = "Liaison:Database:Path";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Liaison</c>).</summary>
    public const string ConnectionStringName = "Liaison";

    /// <summary>
    /// <c>{LocalApplicationData}/Liaison/liaison.db</c>: on Linux <c>~/.local/share/Liaison/liaison.db</c>,
    /// on Windows <c>%LOCALAPPDATA%\Liaison\liaison.db</c>.
    /// </summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "Liaison", "liaison.db");

    /// <summary>For SQLite, the full path of the database file; otherwise <c>null</c>.</summary>
    public string? SqlitePath => Provider == DatabaseProvider.Sqlite
        ? Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : null;

    /// <summary>Reads the settings from configuration.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <exception cref="InvalidOperationException">On an unknown provider, or PostgreSQL without a connection string.</exception>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"{ProviderKey} is '{providerText}'; set it to Sqlite or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(provider, connectionString);
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "PostgreSQL needs a connection string: set ConnectionStrings:Liaison (environment ConnectionStrings__Liaison), e.g. \"Host=localhost;Database=liaison;Username=liaison;Password=...\".");
        }

        return ForSqliteFile(configuration[PathKey] ?? DefaultSqlitePath);
    }

    /// <summary>Settings for a SQLite file.</summary>
    /// <param name="path">The database file; created with its folder on first migration.</param>
    public static DatabaseSettings ForSqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString());

    /// <summary>Where the data lives, for people, without any password: "SQLite file /path" or "PostgreSQL database db on host:port".</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite file {SqlitePath}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }
}
