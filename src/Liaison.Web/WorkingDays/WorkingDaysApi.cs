using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Events;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Liaison.Web.WorkingDays;

/// <summary>The event's working days under <c>/api/events/{eventId}/days</c>. Protocol officers edit; readers list.</summary>
internal static class WorkingDaysApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapWorkingDaysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/days").WithTags("Working days");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's working days, by date.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Adds a working day.");
        group.MapPut("/{dayId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Changes a working day's date or hours; meetings left outside need unscheduleMeetings: true.");
        group.MapDelete("/{dayId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Removes a working day; its meetings need ?unscheduleMeetings=true.");
        return group;
    }

    private static async Task<Results<Ok<List<WorkingDayResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.FindEventAsync(user, eventId, ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found.Days.OrderBy(d => d.Date).Select(d => ToResponse(d, found.Zone())).ToList());
    }

    private static Task<Results<Created<WorkingDayResponse>, NotFound, ProblemHttpResult>> CreateAsync(
        Guid eventId, WorkingDayInput input, LiaisonDbContext db, WorkingDayChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        ZonedSetupEndpoints.CreateAsync(db, user, eventId, () => changes.CreateAsync(eventId, input.ToChange(), Who(user), ct),
            day => $"/api/events/{eventId}/days/{day.Id}", ToResponse, ct);

    private static Task<Results<Ok<WorkingDayResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid eventId, Guid dayId, WorkingDayInput input, LiaisonDbContext db, WorkingDayChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        ZonedSetupEndpoints.UpdateAsync(db, user, eventId, () => changes.UpdateAsync(eventId, dayId, input.ToChange(), Who(user), ct), ToResponse, ct);

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid eventId, Guid dayId, LiaisonDbContext db, WorkingDayChanges changes, ClaimsPrincipal user, bool? unscheduleMeetings, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.RemoveAsync(eventId, dayId, unscheduleMeetings ?? false, Who(user), ct);
        return outcome switch
        {
            { Saved: not null } => TypedResults.NoContent(),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => SetupAnswers.Refusal(outcome.Problem!, found.Zone()),
        };
    }

    private static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static WorkingDayResponse ToResponse(EventDayEntity day, DateTimeZone zone)
    {
        var start = (day.Date + day.Start).InZoneLeniently(zone).ToInstant();
        var end = (day.Date + day.End).InZoneLeniently(zone).ToInstant();
        return new(day.Id, day.Date.ToDateOnly(), day.Start.ToTimeOnly(), day.End.ToTimeOnly(), zone.Id,
            EventTimes.Utc(start), EventTimes.Utc(end), EventTimes.Local(start, zone), EventTimes.Local(end, zone), day.Version);
    }
}
