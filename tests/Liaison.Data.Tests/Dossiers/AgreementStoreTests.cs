using Liaison.Data.Dossiers;
using Liaison.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests.Dossiers;

public sealed class AgreementStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ALegalMoveIsStoredWithItsDateAndWhoAndAudited(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (database, eventId, db) = (imported.Database, imported.EventId, imported.Db);
        var store = new AgreementStore(db, imported.Dossiers);

        await store.MoveAsync(eventId, "mou-no", AgreementStatus.InForce, SampleDossier.Day1.PlusDays(40), "officer.amal", "ratified");

        await using var reader = database.CreateContext();
        var stored = await new AgreementStore(reader, new DossierStore(reader, database.Time)).FindAsync(eventId, "mou-no");
        Assert.Equal((AgreementStatus.InForce, SampleDossier.Day1.PlusDays(40)), (stored!.Status, stored.EntryIntoForce!.Value));
        Assert.Equal(new AgreementStatusChange(AgreementStatus.Signed, AgreementStatus.InForce, SampleDossier.Day1.PlusDays(40), "officer.amal", "ratified"), stored.History[^1]);
        var audit = await reader.AuditEntries.Where(a => a.EntityType == nameof(Entities.AgreementStatusChangeEntity) && a.Action == Entities.AuditAction.Added)
            .Select(a => a.After).ToListAsync();
        Assert.Contains(audit, after => after!.Contains("\"By\":\"officer.amal\"", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AnIllegalMoveIsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (database, eventId, db) = (imported.Database, imported.EventId, imported.Db);
        var store = new AgreementStore(db, imported.Dossiers);

        var error = await Assert.ThrowsAsync<AgreementTransitionException>(() =>
            store.MoveAsync(eventId, "mou-no", AgreementStatus.Draft, SampleDossier.Day1, "officer", null));

        Assert.Equal("An agreement cannot move from Signed to Draft. From Signed it may move to InForce or Terminated.", error.Message);
        await using var reader = database.CreateContext();
        Assert.Equal((AgreementStatus.Signed, 1), await reader.Agreements.Select(a => new ValueTuple<AgreementStatus, int>(a.Status, a.History.Count)).SingleAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddRefusesAnAgreementWithAnUnknownParty(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new AgreementStore(db, imported.Dossiers);
        var stranger = new Agreement("mou-se", AgreementKind.LetterOfIntent, new Dictionary<string, string> { ["en"] = "LoI" }, "SE",
            null, null, null, null, null, [], AgreementStatus.Draft, [], null, null, null);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(eventId, stranger));
        await store.AddAsync(eventId, SampleDossier.Mou("mou-no-2"));

        Assert.Equal("Agreement 'mou-se' names unknown party 'SE'.", error.Message);
        Assert.Equal(["mou-no", "mou-no-2"], await db.Agreements.OrderBy(a => a.Position).Select(a => a.ScenarioId).ToListAsync());
    }
}
