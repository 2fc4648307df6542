using Liaison.Data.Dossiers;
using Liaison.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests.Dossiers;

public sealed class DossierStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExportReturnsTheImportedDossier(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var original = SampleDossier.Create();
        Guid eventId;
        await using (var db = database.CreateContext())
        {
            eventId = await new DossierStore(db, database.Time).ImportAsync(original, "tester");
        }

        await using var reader = database.CreateContext();
        var exported = await new DossierStore(reader, database.Time).ExportAsync(eventId);

        Assert.Equivalent(original.Records, exported.Records, strict: true);
        Assert.Equivalent(original.Agreements, exported.Agreements, strict: true);
        Assert.Equal(original.Commitments, exported.Commitments);
        Assert.Equivalent(original.Topics.All, exported.Topics.All, strict: true);
        Assert.Equal(original.Scenario.Parties, exported.Scenario.Parties);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ACancelledImportWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DossierStore(db, database.Time).ImportAsync(SampleDossier.Create(), "tester", new CancellationToken(canceled: true)));

        await using var fresh = database.CreateContext();
        Assert.Equal((0, 0, 0), (await fresh.Events.CountAsync(), await fresh.Agreements.CountAsync(), await fresh.AuditEntries.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PartnerHistorySpansEveryEventThatListsTheParty(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new DossierStore(db, database.Time);
        await store.ImportAsync(SampleDossier.Create(), "tester");
        await store.ImportAsync(SampleDossier.Create(), "tester");

        var norway = await store.PartnerHistoryAsync("NO");
        var senegal = await store.PartnerHistoryAsync("SN");
        var nobody = await store.PartnerHistoryAsync("SE");

        Assert.Equal(2, norway.Entries.OfType<PartnerMeeting>().Select(e => e.Dossier).Distinct().Count());
        Assert.Equal([2, 2, 2], [norway.Entries.OfType<PartnerMeeting>().Count(), norway.Entries.OfType<PartnerAgreement>().Count(), norway.Entries.OfType<PartnerCommitment>().Count()]);
        Assert.Equal(["R2", "R2", "c-sn", "c-sn"], senegal.Entries.Select(e => e.ItemId));
        Assert.Empty(nobody.Entries);
    }
}
