using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// The names pages show for an event's participants, by scenario id: a principal's title, a
/// delegation's party in the reader's language (<see cref="PartyDisplayName"/>: the data's own names,
/// else CLDR's for a country, else the data's name).
/// </summary>
/// <remarks>Immutable once loaded; thread-safe.</remarks>
public sealed class ParticipantNames
{
    private readonly Dictionary<string, string> _names;

    private ParticipantNames(IReadOnlyList<PrincipalEntity> principals, IReadOnlyList<DelegationEntity> delegations, CultureInfo culture)
    {
        Principals = principals;
        Delegations = delegations;
        _names = principals.Select(p => (p.ScenarioId, p.Title))
            .Concat(delegations.Select(d => (d.ScenarioId, Name: PartyName(d.Party, culture) ?? d.ScenarioId)))
            .ToDictionary(p => p.ScenarioId, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>The event's principals, in the scenario's order.</summary>
    public IReadOnlyList<PrincipalEntity> Principals { get; }

    /// <summary>The event's delegations (with their parties), in the scenario's order.</summary>
    public IReadOnlyList<DelegationEntity> Delegations { get; }

    /// <summary>Loads the names of the event's principals and delegations, in the current UI culture's language.</summary>
    /// <param name="db">The context.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ParticipantNames> LoadAsync(LiaisonDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var principals = await db.Set<PrincipalEntity>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var delegations = await db.Set<DelegationEntity>().AsNoTracking().Include(d => d.Party)
            .Where(d => d.EventId == eventId).OrderBy(d => d.Position).ToListAsync(cancellationToken);
        return new ParticipantNames(principals, delegations, CultureInfo.CurrentUICulture);
    }

    /// <summary>A party's name for a reader of <paramref name="culture"/>, by <see cref="PartyDisplayName"/>'s rule; <c>null</c> without a party.</summary>
    /// <param name="party">The party, or <c>null</c>.</param>
    /// <param name="culture">The reader's culture.</param>
    public static string? PartyName(PartyEntity? party, CultureInfo culture)
        => party is null ? null : PartyDisplayName.Of(party.Kind, party.Code, party.Name, party.Names, culture);

    /// <summary>The name of the participant, or the id itself when the event has no such participant.</summary>
    /// <param name="scenarioId">A principal's or delegation's scenario id.</param>
    public string Of(string scenarioId) => _names.GetValueOrDefault(scenarioId, scenarioId);
}
