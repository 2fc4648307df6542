using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
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

    private static Task<Results<Ok<List<RoomResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.ListAsync<RoomEntity, RoomResponse>(db, user, eventId, ToResponse, ct);

    private static Task<Results<Ok<RoomResponse>, NotFound>> GetAsync(Guid eventId, Guid roomId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.GetAsync<RoomEntity, RoomResponse>(db, user, eventId, roomId, ToResponse, ct);

    private static Task<Results<Created<RoomResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, RoomInput input, LiaisonDbContext db, RoomChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.CreateAsync(db, user, eventId, "rooms", input, changes, ToResponse, ct);

    private static Task<Results<Ok<RoomResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid roomId, RoomInput input, RoomChanges changes, CancellationToken ct) =>
        SetupEndpoints.UpdateAsync(eventId, roomId, input, changes, ToResponse, ct);

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid roomId, LiaisonDbContext db, CancellationToken ct) =>
        SetupEndpoints.DeleteAsync<RoomEntity>(db, eventId, roomId, "Room in use", async room =>
            await db.Set<MeetingEntity>().AnyAsync(m => m.RoomId == room.Id, ct)
                ? $"Room '{room.Name}' holds meetings of the programme; move them first."
                : null, ct);

    private static RoomResponse ToResponse(RoomEntity r) => new(r.Id, r.ScenarioId, r.Name, r.Capacity, r.SuitableForSigning, r.Version);
}
