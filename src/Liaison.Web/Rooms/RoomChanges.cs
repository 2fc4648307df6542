using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Rooms;

/// <summary>
/// Adds and edits an event's rooms with the rules that need the database (a unique, fixed scenario
/// id); the API and the set-up pages both go through it. The caller checks that the user may see the event.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. A changed version throws <see cref="ConcurrencyConflictException"/>.</remarks>
public sealed class RoomChanges(LiaisonDbContext db) : ISetupChanges<RoomEntity, RoomInput>
{
    /// <summary>Adds a room at the end of the event's list.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="input">The room (its attributes already validated).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<RoomEntity>> CreateAsync(Guid eventId, RoomInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Set<RoomEntity>().AnyAsync(r => r.EventId == eventId && r.ScenarioId == input.ScenarioId, cancellationToken))
        {
            return new(null, SetupProblem.DuplicateId("A room", input.ScenarioId));
        }

        var position = await db.Set<RoomEntity>().Where(r => r.EventId == eventId).MaxAsync(r => (int?)r.Position, cancellationToken) ?? -1;
        var room = new RoomEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(room, input);
        db.Add(room);
        await db.SaveChangesAsync(cancellationToken);
        return new(room, null);
    }

    /// <summary>Edits a room if its version is still <see cref="RoomInput.Version"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="id">The room.</param>
    /// <param name="input">The new values; the scenario id must be the stored one.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<RoomEntity>> UpdateAsync(Guid eventId, Guid id, RoomInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var room = await db.Set<RoomEntity>().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == id, cancellationToken);
        if (room is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        if (!string.Equals(room.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return new(null, SetupProblem.IdFixed("a room", "meetings"));
        }

        db.ExpectVersion(room, input.Version);
        Apply(room, input);
        await db.SaveChangesAsync(cancellationToken);
        return new(room, null);
    }

    private static void Apply(RoomEntity room, RoomInput input)
    {
        room.Name = input.Name;
        room.Capacity = input.Capacity;
        room.SuitableForSigning = input.SuitableForSigning;
    }
}
