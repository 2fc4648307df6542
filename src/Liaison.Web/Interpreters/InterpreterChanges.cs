using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Common;
using Liaison.Web.Setup;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Interpreters;

/// <summary>
/// Adds and edits an event's interpreters with the rules that need the database (a unique, fixed
/// scenario id); language pairs are stored normalised (<see cref="LanguagePair"/>). The API and the
/// set-up pages both go through it. The caller checks that the user may see the event.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. A changed version throws <see cref="ConcurrencyConflictException"/>.</remarks>
public sealed class InterpreterChanges(LiaisonDbContext db) : ISetupChanges<InterpreterEntity, InterpreterInput>
{
    /// <summary>Adds an interpreter at the end of the event's list.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="input">The interpreter (its attributes and language pairs already validated).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<InterpreterEntity>> CreateAsync(Guid eventId, InterpreterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Set<InterpreterEntity>().AnyAsync(i => i.EventId == eventId && i.ScenarioId == input.ScenarioId, cancellationToken))
        {
            return new(null, SetupProblem.DuplicateId("An interpreter", input.ScenarioId));
        }

        var position = await db.Set<InterpreterEntity>().Where(i => i.EventId == eventId).MaxAsync(i => (int?)i.Position, cancellationToken) ?? -1;
        var interpreter = new InterpreterEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(interpreter, input);
        db.Add(interpreter);
        await db.SaveChangesAsync(cancellationToken);
        return new(interpreter, null);
    }

    /// <summary>Edits an interpreter if its version is still <see cref="InterpreterInput.Version"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="id">The interpreter.</param>
    /// <param name="input">The new values; the scenario id must be the stored one.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<InterpreterEntity>> UpdateAsync(Guid eventId, Guid id, InterpreterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var interpreter = await db.Set<InterpreterEntity>().SingleOrDefaultAsync(i => i.EventId == eventId && i.Id == id, cancellationToken);
        if (interpreter is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        if (!string.Equals(interpreter.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return new(null, SetupProblem.IdFixed("an interpreter", "meetings"));
        }

        db.ExpectVersion(interpreter, input.Version);
        Apply(interpreter, input);
        await db.SaveChangesAsync(cancellationToken);
        return new(interpreter, null);
    }

    private static void Apply(InterpreterEntity interpreter, InterpreterInput input)
    {
        interpreter.Name = input.Name;
        interpreter.LanguagePairs = input.LanguagePairs.Select(p => LanguagePair.Parse(p).ToString()).ToList();
        interpreter.Availability = (input.Availability ?? [])
            .Select(r => StoredInterval.Format(new Interval(EventTimes.ToInstant(r.Start), EventTimes.ToInstant(r.End)))).ToList();
    }
}
