using System.Text.Json;
using Liaison.Data.Auditing;
using Liaison.Data.Entities;
using Liaison.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class AuditTrailTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordsWhoWhenFromWhereAndTheValuesBeforeAndAfter(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, new SteppingClock());
        var officer = new StaticAuditContext("user-7", "officer.amal", "127.0.0.1 Firefox/130");
        Guid roomId;
        await using (var db = database.CreateContext(officer))
        {
            var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "officer.amal");
            var room = await db.Rooms.SingleAsync(r => r.EventId == eventId && r.ScenarioId == "menara");
            roomId = room.Id;
            room.Capacity = 10;
            await db.SaveChangesAsync();
            db.Rooms.Remove(room);
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var entries = await reader.AuditEntries.Where(a => a.EntityId == roomId.ToString()).OrderBy(a => a.At).ToListAsync();

        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("user-7", "officer.amal", "127.0.0.1 Firefox/130", "RoomEntity"), (e.UserId, e.UserName, e.Client, e.EntityType)));
        Assert.Equal((null, 6), (entries[0].Before, Capacity(entries[0].After)));
        Assert.Equal((6, 10), (Capacity(entries[1].Before), Capacity(entries[1].After)));
        Assert.Equal((10, null), (Capacity(entries[2].Before), entries[2].After));
        Assert.True(entries[0].At < entries[1].At && entries[1].At < entries[2].At);
        Assert.True(await reader.AuditEntries.CountAsync(a => a.EntityType == nameof(MeetingRequestEntity) && a.Action == AuditAction.Added) == 3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RefusesToModifyOrDeleteAnEntryThroughTheContext(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var setup = database.CreateContext())
        {
            await new ScenarioStore(setup, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        }

        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.FirstAsync();
        entry.UserName = "someone else";
        var modify = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", modify.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be deleted", delete.Message, StringComparison.Ordinal);
        await using var reader = database.CreateContext();
        Assert.Equal("tester", (await reader.AuditEntries.SingleAsync(a => a.Id == entry.Id)).UserName);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DatabaseRejectsRawUpdatesAndDeletesOfTheTrail(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        var count = await db.AuditEntries.CountAsync();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'intruder'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        Assert.Contains("LIAISON_AUDIT_APPEND_ONLY", update.Message, StringComparison.Ordinal);
        Assert.Contains("LIAISON_AUDIT_APPEND_ONLY", delete.Message, StringComparison.Ordinal);
        Assert.Equal(count, await db.AuditEntries.CountAsync(a => a.UserName == "tester"));
    }

    private static int? Capacity(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.GetProperty(nameof(RoomEntity.Capacity)).GetInt32();
}
