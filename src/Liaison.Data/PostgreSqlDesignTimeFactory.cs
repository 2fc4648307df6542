using Liaison.Data.Auditing;
using Microsoft.EntityFrameworkCore.Design;

namespace Liaison.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="PostgreSqlLiaisonDbContext"/> to generate PostgreSQL
/// migrations (no server is contacted for that); not used at run time.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLiaisonDbContext>
{
    /// <inheritdoc />
    public PostgreSqlLiaisonDbContext CreateDbContext(string[] args) =>
        (PostgreSqlLiaisonDbContext)LiaisonDatabase.CreateContext(
            new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=liaison_design"), StaticAuditContext.System, TimeProvider.System);
}
