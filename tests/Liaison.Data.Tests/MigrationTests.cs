using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class MigrationTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreatesTheSchemaWithTheFiveRoles(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();

        var roles = await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync();

        Assert.Equal(LiaisonRoles.All.Order(StringComparer.Ordinal), roles);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task PutsSqliteInWriteAheadLogMode()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
