using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Web.Common;
using Liaison.Web.Events;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Programme;

/// <summary>
/// The programme under <c>/api/events/{eventId}/meetings</c>: list and read meetings (a liaison
/// officer: only its delegation's; an analyst without clearance: confidential ones redacted), move
/// a meeting and lock or unlock it. A move that double-books a room, participant or interpreter is
/// refused (409) by the database; softer conflicts come back as warnings.
/// </summary>
internal static class ProgrammeApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapProgrammeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/meetings").WithTags("Programme");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader)
            .WithSummary("The programme's meetings in start order, times in UTC and event-local.");
        group.MapGet("/{meetingId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One meeting.");
        group.MapPut("/{meetingId:guid}/slot", MoveAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Moves a meeting to a room and start; 409 on a double booking or a locked meeting; warnings for softer conflicts.");
        group.MapPut("/{meetingId:guid}/lock", LockAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Locks (re-planning leaves it) or unlocks a meeting; warnings for conflicts it has.");
        return group;
    }

    private static async Task<Results<Ok<List<MeetingResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        if (@event is null)
        {
            return TypedResults.NotFound();
        }

        var bound = await db.BoundScenarioIdAsync(user, ct);
        var meetings = await Query(db).Where(m => m.EventId == eventId).ToListAsync(ct);
        return TypedResults.Ok(meetings.Where(m => m.Request!.Involves(bound)).OrderBy(m => m.Start)
            .Select(m => ToResponse(m, @event, Redact(m, user, bound))).ToList());
    }

    private static async Task<Results<Ok<MeetingResponse>, NotFound>> GetAsync(
        Guid eventId, Guid meetingId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        var meeting = @event is null ? null : await Query(db).SingleOrDefaultAsync(m => m.EventId == eventId && m.Id == meetingId, ct);
        var bound = await db.BoundScenarioIdAsync(user, ct);
        return meeting is null || !meeting.Request!.Involves(bound)
            ? TypedResults.NotFound()
            : TypedResults.Ok(ToResponse(meeting, @event!, Redact(meeting, user, bound)));
    }

    private static async Task<Results<Ok<MeetingChangeResponse>, NotFound, ValidationProblem>> MoveAsync(
        Guid eventId, Guid meetingId, MoveInput input, LiaisonDbContext db, ProgrammeStore programmes, ScenarioStore scenarios,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        if (@event is null || !await db.Set<MeetingEntity>().AnyAsync(m => m.EventId == eventId && m.Id == meetingId, ct))
        {
            return TypedResults.NotFound();
        }

        if (!await db.Set<RoomEntity>().AnyAsync(r => r.EventId == eventId && r.Id == input.RoomId, ct))
        {
            return ValidationErrors.Single(nameof(input.RoomId), $"The event has no room {input.RoomId}.");
        }

        await programmes.MoveAsync(meetingId, input.Version, input.RoomId, EventTimes.ToInstant(input.Start), ct);
        return TypedResults.Ok(await ChangedAsync(db, programmes, scenarios, @event, meetingId, ct));
    }

    private static async Task<Results<Ok<MeetingChangeResponse>, NotFound>> LockAsync(
        Guid eventId, Guid meetingId, LockInput input, LiaisonDbContext db, ProgrammeStore programmes, ScenarioStore scenarios,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        if (@event is null || !await db.Set<MeetingEntity>().AnyAsync(m => m.EventId == eventId && m.Id == meetingId, ct))
        {
            return TypedResults.NotFound();
        }

        await programmes.SetLockedAsync(meetingId, input.Version, input.Locked, ct);
        return TypedResults.Ok(await ChangedAsync(db, programmes, scenarios, @event, meetingId, ct));
    }

    private static async Task<MeetingChangeResponse> ChangedAsync(
        LiaisonDbContext db, ProgrammeStore programmes, ScenarioStore scenarios, EventEntity @event, Guid meetingId, CancellationToken ct)
    {
        var meeting = await Query(db).AsNoTracking().SingleAsync(m => m.Id == meetingId, ct);
        var scenario = await scenarios.LoadForPlanningAsync(@event.Id, ct);
        var programme = await programmes.LoadAsync(@event.Id, ct);
        var warnings = ProgrammeValidator.Check(scenario, programme)
            .Where(v => v.Kind != ViolationKind.RequestNotAccountedOnce && v.RequestIds.Contains(meeting.Request!.ScenarioId, StringComparer.Ordinal))
            .Select(v => new ConflictWarning(v.Kind, v.RequestIds, v.Message))
            .ToList();
        return new MeetingChangeResponse(ToResponse(meeting, @event, redacted: false), warnings);
    }

    private static IQueryable<MeetingEntity> Query(LiaisonDbContext db)
        => db.Set<MeetingEntity>().Include(m => m.Request).ThenInclude(r => r!.Requester).Include(m => m.Room);

    /// <summary>Confidential content is withheld unless the reader is cleared or it is the liaison officer's own meeting.</summary>
    private static bool Redact(MeetingEntity meeting, ClaimsPrincipal user, string? bound)
        => meeting.Request!.Publicity == Publicity.Confidential && !user.MayReadConfidential() && bound is null;

    private static MeetingResponse ToResponse(MeetingEntity m, EventEntity @event, bool redacted)
    {
        var request = m.Request!;
        var zone = @event.Zone();
        return new MeetingResponse(
            m.Id, request.ScenarioId,
            redacted ? null : request.Requester?.ScenarioId,
            redacted ? null : request.InviteeIds.Prepend(request.Requester?.ScenarioId ?? string.Empty).ToList(),
            redacted ? null : request.Topics,
            m.RoomId, m.Room?.Name ?? string.Empty,
            EventTimes.Utc(m.Start), EventTimes.Utc(m.End), EventTimes.Local(m.Start, zone), EventTimes.Local(m.End, zone), @event.TimeZoneId,
            m.InterpreterIds, m.Locked, request.Publicity == Publicity.Confidential, redacted, m.Version);
    }
}
