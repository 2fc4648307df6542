using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Rooms;

/// <summary>Meeting rooms under <c>/api/events/{eventId}/rooms</c>. Protocol officers edit; readers list.</summary>
internal static class RoomsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapRoomsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/rooms").WithTags("Rooms");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's rooms.");
        group.MapGet("/{roomId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One room.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Adds a room.");
        group.MapPut("/{roomId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Edits a room.");
        group.MapDelete("/{roomId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Removes a room that no meeting uses.");
        return group;
    }

    private static async Task<Results<Ok<List<RoomResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var rooms = await db.Set<RoomEntity>().Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(ct);
        return TypedResults.Ok(rooms.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<RoomResponse>, NotFound>> GetAsync(Guid eventId, Guid roomId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var room = await db.Set<RoomEntity>().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == roomId, ct);
        return room is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(room));
    }

    private static async Task<Results<Created<RoomResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, RoomInput input, LiaisonDbContext db, RoomChanges changes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.CreateAsync(eventId, input, ct);
        return outcome.Saved is { } room
            ? TypedResults.Created($"/api/events/{eventId}/rooms/{room.Id}", ToResponse(room))
            : ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message);
    }

    private static async Task<Results<Ok<RoomResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid roomId, RoomInput input, RoomChanges changes, CancellationToken ct)
    {
        var outcome = await changes.UpdateAsync(eventId, roomId, input, ct);
        return outcome switch
        {
            { Saved: { } room } => TypedResults.Ok(ToResponse(room)),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message),
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid roomId, LiaisonDbContext db, CancellationToken ct)
    {
        var room = await db.Set<RoomEntity>().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == roomId, ct);
        if (room is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.Set<MeetingEntity>().AnyAsync(m => m.RoomId == roomId, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Room in use",
                detail: $"Room '{room.Name}' holds meetings of the programme; move them first.");
        }

        db.Remove(room);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static RoomResponse ToResponse(RoomEntity r) => new(r.Id, r.ScenarioId, r.Name, r.Capacity, r.SuitableForSigning, r.Version);
}
