using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Reference;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// The names pages show for an event's participants, by scenario id: a principal's title, a
/// delegation's country in the reader's language from CLDR (<see cref="TerritoryNames.Cldr"/>);
/// organisations (UN, AIMC, NAUSS) and user-assigned codes are not in CLDR, so theirs is the name in the data.
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

    /// <summary>A party's name for a reader of <paramref name="culture"/>: CLDR's for a country it knows, else the data's name in the reader's language, else its English name.</summary>
    /// <param name="party">The party, or <c>null</c>.</param>
    /// <param name="culture">The reader's culture.</param>
    public static string? PartyName(PartyEntity? party, CultureInfo culture)
        => party is null ? null
            : party.Kind == PartyKind.Country && TerritoryNames.Cldr.TryGetName(party.Code, culture.Name, out var name) ? name
            : party.Names.GetValueOrDefault(culture.TwoLetterISOLanguageName) ?? party.Name;

    /// <summary>The name of the participant, or the id itself when the event has no such participant.</summary>
    /// <param name="scenarioId">A principal's or delegation's scenario id.</param>
    public string Of(string scenarioId) => _names.GetValueOrDefault(scenarioId, scenarioId);
}
