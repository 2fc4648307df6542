using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Principals;

/// <summary>
/// Adds and edits an event's principals with the rules that need the database (a scenario id unique
/// among principals and delegations, fixed once created); the API and the set-up pages both go
/// through it. The caller checks that the user may see the event.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. A changed version throws <see cref="ConcurrencyConflictException"/>.</remarks>
public sealed class PrincipalChanges(LiaisonDbContext db) : ISetupChanges<PrincipalEntity, PrincipalInput>
{
    /// <summary>Adds a principal at the end of the event's participants.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="input">The principal (its attributes already validated).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<PrincipalEntity>> CreateAsync(Guid eventId, PrincipalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Set<ParticipantEntity>().AnyAsync(p => p.EventId == eventId && p.ScenarioId == input.ScenarioId, cancellationToken))
        {
            return new(null, SetupProblem.DuplicateId("A principal or delegation", input.ScenarioId));
        }

        var position = await db.Set<ParticipantEntity>().Where(p => p.EventId == eventId).MaxAsync(p => (int?)p.Position, cancellationToken) ?? -1;
        var principal = new PrincipalEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(principal, input);
        db.Add(principal);
        await db.SaveChangesAsync(cancellationToken);
        return new(principal, null);
    }

    /// <summary>Edits a principal if its version is still <see cref="PrincipalInput.Version"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="id">The principal.</param>
    /// <param name="input">The new values; the scenario id must be the stored one.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<PrincipalEntity>> UpdateAsync(Guid eventId, Guid id, PrincipalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var principal = await db.Set<PrincipalEntity>().SingleOrDefaultAsync(p => p.EventId == eventId && p.Id == id, cancellationToken);
        if (principal is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        if (!string.Equals(principal.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return new(null, SetupProblem.IdFixed("a principal", "requests and meetings"));
        }

        db.ExpectVersion(principal, input.Version);
        Apply(principal, input);
        await db.SaveChangesAsync(cancellationToken);
        return new(principal, null);
    }

    private static void Apply(PrincipalEntity principal, PrincipalInput input)
    {
        principal.Title = input.Title;
        principal.Languages = input.Languages.ToList();
    }
}
