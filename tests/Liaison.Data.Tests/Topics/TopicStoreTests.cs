using Liaison.Data.Dossiers;
using Liaison.Data.Scenarios;
using Liaison.Data.Topics;
using Liaison.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests.Topics;

public sealed class TopicStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DeletingADefaultTopicOfAnEventWithoutStoredTopicsStoresTheOthersInOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        var storedBefore = await db.Topics.CountAsync(t => t.EventId == eventId);

        var usage = await new TopicStore(db).DeleteAsync(eventId, "terrorism");

        await using var reader = database.CreateContext();
        var rows = await reader.Topics.Where(t => t.EventId == eventId).OrderBy(t => t.Position).ToListAsync();
        var dossier = await new DossierStore(reader, database.Time).ExportAsync(eventId);
        Assert.Equal(0, storedBefore);
        Assert.False(usage!.InUse);
        Assert.Equal(TopicTaxonomy.Default.All.Select(t => t.Code).Where(c => c != "terrorism"), rows.Select(r => r.Code));
        Assert.Equal(Enumerable.Range(0, 7), rows.Select(r => r.Position));
        Assert.Equal(rows.Select(r => r.Code), dossier.Topics.All.Select(t => t.Code));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ARetiredTopicStaysInTheDossierMarkedUntilReinstatedAndAStaleVersionIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        var store = new TopicStore(db);

        // The first change stores the default topics, at version 1.
        var retired = (await store.SetRetiredAsync(eventId, "terrorism", retired: true, versionRead: 1))!.Retired;
        await using var snapshot = database.CreateContext();
        var retiredDossier = await new DossierStore(snapshot, database.Time).ExportAsync(eventId);
        var reinstated = await store.SetRetiredAsync(eventId, "terrorism", retired: false, versionRead: 1);
        await using var other = database.CreateContext();
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new TopicStore(other).SetRetiredAsync(eventId, "terrorism", retired: true, versionRead: 1));
        var missing = await store.SetRetiredAsync(eventId, "nothing", retired: true, versionRead: 1);

        await using var reader = database.CreateContext();
        var rows = await reader.Topics.Where(t => t.EventId == eventId).ToListAsync();
        Assert.True(retired);
        Assert.Equal(["terrorism"], retiredDossier.Topics.All.Where(t => t.Retired).Select(t => t.Code));
        Assert.Equal(TopicTaxonomy.Default.All.Select(t => t.Code), retiredDossier.Topics.All.Select(t => t.Code));
        Assert.Equal((false, 2), (reinstated!.Retired, reinstated.Version));
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Null(missing);
        Assert.All(rows, r => Assert.False(r.Retired));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OfTwoFirstEditsFromTheDefaultTopicsAtOnceTheSecondIsAConflictAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var setup = database.CreateContext();
        var eventId = await new ScenarioStore(setup, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstDone = false;
        // The second editor has read the defaults (no stored rows) when the first stores them: both start from the same state.
        second.SavingChanges += (_, _) =>
        {
            if (!firstDone)
            {
                firstDone = true;
                Task.Run(() => new TopicStore(first).SetRetiredAsync(eventId, "terrorism", retired: true, versionRead: 1)).GetAwaiter().GetResult();
            }
        };

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new TopicStore(second).SetRetiredAsync(eventId, "cybercrime", retired: true, versionRead: 1));

        await using var reader = database.CreateContext();
        var rows = await reader.Topics.Where(t => t.EventId == eventId).OrderBy(t => t.Position).ToListAsync();
        Assert.True(firstDone);
        Assert.Equal(TopicTaxonomy.Default.All.Select(t => t.Code), rows.Select(r => r.Code));
        Assert.Equal(["terrorism"], rows.Where(r => r.Retired).Select(r => r.Code));
        Assert.Equal((nameof(Entities.TopicEntity), "cybercrime", false, 1), (conflict.EntityType, conflict.EntityId, conflict.Deleted, conflict.CurrentVersion));
        Assert.Equal(rows.Count, await reader.AuditEntries.CountAsync(a => a.EntityType == nameof(Entities.TopicEntity)));
    }
}
