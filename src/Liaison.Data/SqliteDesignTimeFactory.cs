using Liaison.Data.Auditing;
using Microsoft.EntityFrameworkCore.Design;

namespace Liaison.Data;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqliteLiaisonDbContext"/> to generate SQLite migrations; not used at run time.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLiaisonDbContext>
{
    /// <inheritdoc />
    public SqliteLiaisonDbContext CreateDbContext(string[] args) =>
        (SqliteLiaisonDbContext)LiaisonDatabase.CreateContext(
            DatabaseSettings.ForSqliteFile(Path.Combine(Path.GetTempPath(), "liaison-design.db")), StaticAuditContext.System, TimeProvider.System);
}
