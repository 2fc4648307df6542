using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Data.Topics;
using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// The follow-up pages' usual start: a host on its own database with the Marrakech sample imported, and a user of one
/// role signed in through the pages (a liaison officer is Norway's). Reads the stored dossier back for assertions.
/// </summary>
public sealed class SampleDesk : IAsyncDisposable
{
    private SampleDesk(LiaisonApp app, ImportedSample sample, PageSession session) => (App, Sample, Session) = (app, sample, session);

    /// <summary>The host.</summary>
    public LiaisonApp App { get; }

    /// <summary>The imported sample.</summary>
    public ImportedSample Sample { get; }

    /// <summary>The signed-in user's session.</summary>
    public PageSession Session { get; }

    /// <summary>The sample event's id.</summary>
    public Guid EventId => Sample.EventId;

    /// <summary>Starts a host, imports the sample and signs in a new user of <paramref name="role"/>.</summary>
    /// <param name="role">The user's role.</param>
    /// <param name="culture">The language the user's browser asks for.</param>
    /// <param name="clearance">Whether the user has confidential clearance.</param>
    /// <param name="time">The host's clock, or the system's.</param>
    public static async Task<SampleDesk> OpenAsync(string role = LiaisonRoles.Analyst, string culture = "en", bool clearance = false, TimeProvider? time = null)
    {
        var app = await LiaisonApp.StartAsync(time: time);
        var sample = await ImportedSample.ImportAsync(app);
        var session = await SignInAsync(app, sample, role, culture, clearance);
        return new SampleDesk(app, sample, session);
    }

    /// <summary>Another user of <paramref name="role"/> signed in on the same host.</summary>
    /// <param name="role">The user's role.</param>
    /// <param name="culture">The language the user's browser asks for.</param>
    /// <param name="clearance">Whether the user has confidential clearance.</param>
    public Task<PageSession> SignInAsync(string role, string culture = "en", bool clearance = false) => SignInAsync(App, Sample, role, culture, clearance);

    /// <summary>The stored agreement, or <c>null</c>.</summary>
    public Task<Agreement?> AgreementAsync(string id) => WithScopeAsync<AgreementStore, Agreement?>(store => store.FindAsync(EventId, id));

    /// <summary>The stored record of the meeting, or <c>null</c>.</summary>
    public Task<MeetingRecord?> RecordAsync(string requestId) => WithScopeAsync<RecordStore, MeetingRecord?>(store => store.FindAsync(EventId, requestId));

    /// <summary>The stored commitment, or <c>null</c>.</summary>
    public async Task<Commitment?> CommitmentAsync(string id) =>
        (await WithScopeAsync<DossierStore, Domain.EventDossier>(store => store.ExportAsync(EventId))).Commitments.FirstOrDefault(c => c.Id == id);

    /// <summary>Retires topic <paramref name="code"/> of the sample event (stored at version 1 by the import), as an administrator would.</summary>
    public Task<TopicEntity?> RetireTopicAsync(string code) =>
        WithScopeAsync<TopicStore, TopicEntity?>(store => store.SetRetiredAsync(EventId, code, retired: true, versionRead: 1));

    /// <summary>The audit entries of <paramref name="entityType"/> rows (e.g. <c>AgreementEntity</c>), oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string entityType)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType).ToListAsync()).OrderBy(a => a.At).ToList();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Session.Dispose();
        await App.DisposeAsync();
    }

    private static Task<PageSession> SignInAsync(LiaisonApp app, ImportedSample sample, string role, string culture, bool clearance) =>
        PageSession.SignInAsync(app, role, role == LiaisonRoles.LiaisonOfficer ? sample.NorwayId : null, culture, clearance);

    private async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> read) where TService : notnull
    {
        using var scope = App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
