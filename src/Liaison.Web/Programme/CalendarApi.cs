using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Interchange;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Programme;

/// <summary>
/// The programme as an iCalendar file (RFC 5545, written by <see cref="ProgrammeFiles.WriteCalendar"/>)
/// for one principal, delegation or room: <c>GET /api/events/{eventId}/calendar.ics?delegation={id}</c>
/// (or <c>principal=</c>, <c>room=</c>; ids are the API's Guids). A liaison officer gets only its own
/// delegation's calendar; any other id answers 404. An analyst without confidential clearance gets
/// public meetings only: a calendar entry names the counterparts in its summary, so a confidential
/// meeting is left out rather than shown half-empty.
/// </summary>
internal static class CalendarApi
{
    /// <summary>The media type answered.</summary>
    public const string MediaType = "text/calendar; charset=utf-8";

    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteHandlerBuilder MapCalendarApi(this RouteGroupBuilder api) =>
        api.MapGet("/events/{eventId:guid}/calendar.ics", GetAsync).RequireAuthorization(Policies.ProgrammeReader)
            .WithTags("Programme")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .WithSummary("The meetings of one principal, delegation or room as text/calendar (exactly one of principal, delegation, room).");

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetAsync(
        Guid eventId, Guid? principal, Guid? delegation, Guid? room, LiaisonDbContext db, ScenarioStore scenarios,
        ProgrammeStore programmes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (new[] { principal, delegation, room }.Count(id => id is not null) != 1)
        {
            return ValidationErrors.Single("calendar", "Name exactly one of principal, delegation or room.");
        }

        if (user.IsRestrictedToDelegation() && (delegation is null || delegation != user.BoundDelegation()))
        {
            return TypedResults.NotFound();
        }

        var @event = await db.FindEventAsync(user, eventId, ct);
        var scenarioId = @event is null ? null : await ScenarioIdAsync(db, eventId, principal, delegation, room, ct);
        if (scenarioId is null)
        {
            return TypedResults.NotFound();
        }

        var scenario = await scenarios.ExportAsync(eventId, ct);
        var programme = await programmes.LoadAsync(eventId, ct);
        var confidentialAllowed = user.MayReadConfidential() || user.IsRestrictedToDelegation();
        var meetings = programme.Meetings
            .Where(m => room is null ? m.ParticipantIds.Contains(scenarioId, StringComparer.Ordinal) : m.RoomId == scenarioId)
            .Where(m => confidentialAllowed || scenario.Request(m.RequestId).Publicity == Publicity.Public)
            .ToList();
        using var output = new MemoryStream();
        ProgrammeFiles.WriteCalendar(scenario, new Domain.Programmes.Programme(meetings, []), output);
        return TypedResults.File(output.ToArray(), MediaType, "calendar.ics");
    }

    /// <summary>The scenario id of the principal, delegation or room named, or <c>null</c> when the event has none with that id.</summary>
    private static async Task<string?> ScenarioIdAsync(
        LiaisonDbContext db, Guid eventId, Guid? principal, Guid? delegation, Guid? room, CancellationToken ct)
    {
        if (room is { } roomId)
        {
            return await db.Set<RoomEntity>().Where(r => r.EventId == eventId && r.Id == roomId).Select(r => r.ScenarioId).SingleOrDefaultAsync(ct);
        }

        return delegation is { } delegationId
            ? await db.Set<DelegationEntity>().Where(d => d.EventId == eventId && d.Id == delegationId).Select(d => d.ScenarioId).SingleOrDefaultAsync(ct)
            : await db.Set<PrincipalEntity>().Where(p => p.EventId == eventId && p.Id == principal).Select(p => p.ScenarioId).SingleOrDefaultAsync(ct);
    }
}
