using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Commitments;
using NodaTime;

namespace Liaison.Data.Tests.Dossiers;

public sealed class CommitmentStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OverdueStartsAtMidnightInTheEventsZone(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new CommitmentStore(db, imported.Dossiers);
        var midnight = EventTime.ToInstant(SampleScenario.Zone, SampleDossier.Day1.PlusDays(6).AtMidnight());

        var before = await store.OverdueAsync(eventId, midnight - Duration.Epsilon);
        var after = await store.OverdueAsync(eventId, midnight);

        Assert.NotEqual(Offset.Zero, SampleScenario.Zone.GetUtcOffset(midnight));
        Assert.Empty(before);
        Assert.Equal(["c-sn"], after.Select(c => c.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DueSoonListsPendingCommitmentsWithinTheDays(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new CommitmentStore(db, imported.Dossiers);
        var dayOne = EventTime.ToInstant(SampleScenario.Zone, SampleDossier.Day1.At(new LocalTime(12, 0)));

        Assert.Equal(["c-sn"], (await store.DueSoonAsync(eventId, dayOne, 7)).Select(c => c.Id));
        Assert.Equal(["c-sn", "c-no"], (await store.DueSoonAsync(eventId, dayOne, 30)).Select(c => c.Id));
        Assert.True(await store.SaveAsync(eventId, new Commitment("c-new", "Draft the plan", "Training Directorate", SampleDossier.Day1.PlusDays(2), CommitmentStatus.Open, "mou-no", null)));
        Assert.False(await store.SaveAsync(eventId, new Commitment("c-sn", "Send the training offer", "Training Directorate", SampleDossier.Day1.PlusDays(5), CommitmentStatus.Done, null, "R2")));
        Assert.Equal(["c-new"], (await store.DueSoonAsync(eventId, dayOne, 7)).Select(c => c.Id));
        Assert.Equal(["c-new", "c-sn"], (await store.ForOwnerAsync(eventId, "Training Directorate")).Select(c => c.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveRefusesACommitmentOfAnUnknownAgreement(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new CommitmentStore(db, imported.Dossiers);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(eventId,
            new Commitment("c-x", "Something", "Unit", SampleDossier.Day1, CommitmentStatus.Open, "mou-xx", null)));

        Assert.Equal("Commitment 'c-x' falls under unknown agreement 'mou-xx'.", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddRefusesAnIdTakenAndKeepsTheStoredCommitment(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new CommitmentStore(db, imported.Dossiers);
        var stored = (await store.ForOwnerAsync(eventId, "Training Directorate")).Single(c => c.Id == "c-sn");

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(eventId,
            new Commitment("c-sn", "A different task", "Another unit", SampleDossier.Day1, CommitmentStatus.Open, "mou-no", null)));
        db.ChangeTracker.Clear();
        await store.AddAsync(eventId, new Commitment("c-added", "Draft the plan", "Training Directorate", SampleDossier.Day1.PlusDays(2), CommitmentStatus.Open, "mou-no", null));

        var now = await store.ForOwnerAsync(eventId, "Training Directorate");
        Assert.Equal(stored, now.Single(c => c.Id == "c-sn"));
        Assert.Contains(now, c => c.Id == "c-added");
        Assert.Empty(await store.ForOwnerAsync(eventId, "Another unit"));
    }
}
