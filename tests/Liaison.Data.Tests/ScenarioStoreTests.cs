using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class ScenarioStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExportReturnsExactlyTheImportedScenario(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var original = SampleScenario.Create();
        Guid eventId;
        await using (var db = database.CreateContext())
        {
            eventId = await new ScenarioStore(db, database.Time).ImportAsync(original, "tester");
        }

        await using var reader = database.CreateContext();
        var exported = await new ScenarioStore(reader, database.Time).ExportAsync(eventId);

        Assert.Equal(ScenarioText.Describe(original), ScenarioText.Describe(exported));
        Assert.Equal(original.Event.WorkingIntervals, exported.Event.WorkingIntervals);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ImportStartsEveryRequestSubmittedWithItsFirstHistoryEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "officer-1");

        var requests = await db.MeetingRequests.AsNoTracking().Include(r => r.StatusHistory).Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync();

        Assert.Equal(["R1", "R2", "R3"], requests.Select(r => r.ScenarioId));
        Assert.All(requests, r => Assert.Equal(RequestStatus.Submitted, r.Status));
        Assert.All(requests, r => Assert.Equal((null, RequestStatus.Submitted, "officer-1"), (r.StatusHistory.Single().From, r.StatusHistory.Single().To, r.StatusHistory.Single().ChangedBy)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FailedImportLeavesTheDatabaseExactlyAsItWas(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new ScenarioStore(db, database.Time);
        await store.ImportAsync(SampleScenario.Create(), "tester");
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite ? SqlitePoison : PostgreSqlPoison);
        var before = await RowCounts.OfAsync(db);
        var poisoned = SampleScenario.Create(new MeetingRequest("R-poison", "del-no", ["deputy"], 30, 3, [], [], false, Publicity.Public, 4));

        await Assert.ThrowsAsync<DbUpdateException>(() => store.ImportAsync(poisoned, "tester"));

        Assert.Empty(db.ChangeTracker.Entries());
        await using var fresh = database.CreateContext();
        Assert.Equal(before, await RowCounts.OfAsync(fresh));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PlanningLoadsOnlyAcceptedAndScheduledRequests(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new ScenarioStore(db, database.Time);
        var eventId = await store.ImportAsync(SampleScenario.Create(), "tester");
        var workflow = new RequestWorkflow(db, database.Time);
        var ids = await db.MeetingRequests.Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.ScenarioId, r => r.Id);
        await workflow.ChangeStatusAsync(ids["R1"], RequestStatus.Accepted, "officer");
        await workflow.ChangeStatusAsync(ids["R2"], RequestStatus.Declined, "officer", "No slot left for the deputy.");

        var scenario = await store.LoadForPlanningAsync(eventId);

        Assert.Equal(["R1"], scenario.Requests.Select(r => r.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExportOfAnUnknownEventSaysWhichIdIsMissing(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var missing = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => new ScenarioStore(db, database.Time).ExportAsync(missing));

        Assert.Contains(missing.ToString(), error.Message, StringComparison.Ordinal);
    }

    private const string SqlitePoison = """
        CREATE TRIGGER "TestPoison" BEFORE INSERT ON "MeetingRequests" WHEN NEW."ScenarioId" = 'R-poison'
        BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
        """;

    private const string PostgreSqlPoison = """
        CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW."ScenarioId" = 'R-poison' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER "TestPoison" BEFORE INSERT ON "MeetingRequests" FOR EACH ROW EXECUTE FUNCTION test_poison();
        """;
}
