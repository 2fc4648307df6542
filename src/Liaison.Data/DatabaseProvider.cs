namespace Liaison.Data;

/// <summary>The database engines Liaison runs on (configuration key <c>Liaison:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (version 15 or later; needs the btree_gist extension).</summary>
    PostgreSql,
}
