using Liaison.Data.Dossiers;

namespace Liaison.Data.Tests.Dossiers;

/// <summary>A test's own database holding <see cref="SampleDossier"/> as one event, with a context on it; disposing drops both.</summary>
internal sealed class ImportedEvent : IAsyncDisposable
{
    private ImportedEvent(TestDatabase database, Guid eventId)
    {
        Database = database;
        EventId = eventId;
        Db = database.CreateContext();
    }

    public TestDatabase Database { get; }

    public Guid EventId { get; }

    /// <summary>A context for the test's writes and reads.</summary>
    public LiaisonDbContext Db { get; }

    /// <summary>A dossier store on <see cref="Db"/>, as the other stores take.</summary>
    public DossierStore Dossiers => new(Db, Database.Time);

    public static async Task<ImportedEvent> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        return new ImportedEvent(database, await new DossierStore(db, database.Time).ImportAsync(SampleDossier.Create(), "tester"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }
}
