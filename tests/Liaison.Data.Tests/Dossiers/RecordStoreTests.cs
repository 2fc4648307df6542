using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Records;
using NodaTime;

namespace Liaison.Data.Tests.Dossiers;

public sealed class RecordStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveAddsARecordThenReplacesIt(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (database, eventId, db) = (imported.Database, imported.EventId, imported.Db);
        var store = new RecordStore(db, imported.Dossiers);
        var start = SampleScenario.Create().Event.WorkingIntervals[1].Start;

        var added = await store.SaveAsync(eventId, Record(start, "First draft."));
        var replaced = await store.SaveAsync(eventId, Record(start, "Final text."));

        await using var reader = database.CreateContext();
        var stored = await new RecordStore(reader, new DossierStore(reader, database.Time)).FindAsync(eventId, "R3");
        Assert.Equal((true, false), (added, replaced));
        Assert.Equal(("Final text.", MeetingOutcome.FollowUpAgreed, start), (stored!.Summary, stored.Outcome, stored.Start));
        Assert.Equal([new Attendee("Secretary General", null, AttendeeSide.Partner)], stored.Attendees);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveRefusesATopicOutsideTheEventsTaxonomy(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (eventId, db) = (imported.EventId, imported.Db);
        var store = new RecordStore(db, imported.Dossiers);
        var start = SampleScenario.Create().Event.WorkingIntervals[1].Start;
        var record = new MeetingRecord("R3", start, start + Duration.FromMinutes(30), [], ["piracy"], null, MeetingOutcome.NoOutcome,
            Confidentiality.Normal, Publicity.Public);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(eventId, record));

        Assert.Equal("The record of 'R3' names topic 'piracy', which is not in the event's topics.", error.Message);
        Assert.Null(await store.FindAsync(eventId, "R3"));
    }

    private static MeetingRecord Record(Instant start, string summary) =>
        new("R3", start, start + Duration.FromMinutes(30), [new Attendee("Secretary General", null, AttendeeSide.Partner)], ["police-training"],
            summary, MeetingOutcome.FollowUpAgreed, Confidentiality.Normal, Publicity.Public);
}
