using Liaison.Data.Backup;
using Liaison.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class DatabaseBackupTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RestoreBringsBackExactlyWhatTheBackupHeld(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var file = Path.Combine(database.Folder, "liaison.backup");
        var backup = new DatabaseBackup(database.Settings);
        Guid kept;
        string before;
        await using (var db = database.CreateContext())
        {
            kept = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
            before = await RowCounts.OfAsync(db);
        }

        await backup.BackupAsync(file);
        await using (var db = database.CreateContext())
        {
            await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "after the backup");
            var room = await db.Rooms.FirstAsync(r => r.EventId == kept);
            room.Name = "Renamed after the backup";
            await db.SaveChangesAsync();
        }

        await backup.RestoreAsync(file);

        await using var reader = database.CreateContext();
        Assert.Equal(before, await RowCounts.OfAsync(reader));
        Assert.Equal(ScenarioText.Describe(SampleScenario.Create()), ScenarioText.Describe(await new ScenarioStore(reader, database.Time).ExportAsync(kept)));
        Assert.Empty(await reader.Database.GetPendingMigrationsAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RefusesAFileThatIsNotABackupAndKeepsTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var file = Path.Combine(database.Folder, "notes.txt");
        await File.WriteAllTextAsync(file, "not a backup");
        await using var db = database.CreateContext();
        await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        var before = await RowCounts.OfAsync(db);

        var error = await Assert.ThrowsAsync<BackupException>(() => new DatabaseBackup(database.Settings).RestoreAsync(file));

        Assert.Contains(provider == DatabaseProvider.Sqlite ? "not a SQLite database" : "pg_restore failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.OfAsync(db));
    }
}
