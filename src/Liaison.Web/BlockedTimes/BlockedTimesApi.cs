using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Events;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.BlockedTimes;

/// <summary>
/// Plenaries, ceremonies and other blocked times under <c>/api/events/{eventId}/blocked-times</c>.
/// Protocol officers edit; readers list. A liaison officer sees only the blocks for everyone and
/// those naming its delegation, with no other participant named (another delegation's id answers 404).
/// </summary>
internal static class BlockedTimesApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapBlockedTimesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/blocked-times").WithTags("Blocked times");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's blocked times, by start.");
        group.MapGet("/{blockId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One blocked time.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Adds a blocked time; meetings of the blocked participants then need unscheduleMeetings: true.");
        group.MapPut("/{blockId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Changes a blocked time; meetings of the blocked participants then need unscheduleMeetings: true.");
        group.MapDelete("/{blockId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Removes a blocked time.");
        return group;
    }

    private static async Task<Results<Ok<List<BlockedTimeResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var bound = await db.BoundScenarioIdAsync(user, ct);
        var blocks = await db.Set<BlockedTimeEntity>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(ct);
        return TypedResults.Ok(blocks.Where(b => Concerns(b, bound)).OrderBy(b => b.Start).ThenBy(b => b.Position)
            .Select(b => ToResponse(b, found.Zone(), bound)).ToList());
    }

    private static async Task<Results<Ok<BlockedTimeResponse>, NotFound>> GetAsync(Guid eventId, Guid blockId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var bound = await db.BoundScenarioIdAsync(user, ct);
        var block = await db.Set<BlockedTimeEntity>().AsNoTracking().SingleOrDefaultAsync(b => b.EventId == eventId && b.Id == blockId, ct);
        return block is null || !Concerns(block, bound) ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(block, found.Zone(), bound));
    }

    private static Task<Results<Created<BlockedTimeResponse>, NotFound, ProblemHttpResult>> CreateAsync(
        Guid eventId, BlockedTimeInput input, LiaisonDbContext db, BlockedTimeChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        ZonedSetupEndpoints.CreateAsync(db, user, eventId, () => changes.CreateAsync(eventId, input, user.Identity?.Name ?? "unknown", ct),
            block => $"/api/events/{eventId}/blocked-times/{block.Id}", (block, zone) => ToResponse(block, zone), ct);

    private static Task<Results<Ok<BlockedTimeResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid eventId, Guid blockId, BlockedTimeInput input, LiaisonDbContext db, BlockedTimeChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        ZonedSetupEndpoints.UpdateAsync(db, user, eventId, () => changes.UpdateAsync(eventId, blockId, input, user.Identity?.Name ?? "unknown", ct),
            (block, zone) => ToResponse(block, zone), ct);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid eventId, Guid blockId, LiaisonDbContext db, BlockedTimeChanges changes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.RemoveAsync(eventId, blockId, ct);
        return outcome.Saved is null ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>Whether a user restricted to delegation <paramref name="bound"/> (<c>null</c>: unrestricted) may see the block.</summary>
    private static bool Concerns(BlockedTimeEntity block, string? bound) =>
        bound is null || block.ParticipantIds.Count == 0 || block.ParticipantIds.Contains(bound, StringComparer.Ordinal);

    private static BlockedTimeResponse ToResponse(BlockedTimeEntity b, DateTimeZone zone, string? bound = null) => new(
        b.Id, b.ScenarioId, b.Label, b.Kind, EventTimes.Utc(b.Start), EventTimes.Utc(b.End), EventTimes.Local(b.Start, zone), EventTimes.Local(b.End, zone),
        zone.Id, bound is null ? b.ParticipantIds : b.ParticipantIds.Where(id => id == bound).ToList(), b.Version);
}
