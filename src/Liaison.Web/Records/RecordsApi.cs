using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Domain.Records;
using Liaison.Web.Common;
using Liaison.Web.FollowUp;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Records;

/// <summary>
/// Meeting records under <c>/api/events/{eventId}/records</c>, one per request (its scenario id): list, read, write.
/// Cooperation desk only. Restricted content (summary, attendees) is answered only to users with confidential
/// clearance and withheld, saying so, from the others; they may not write a restricted record either (403), since
/// they would overwrite what they cannot read. Topics follow <see cref="TopicRules"/>: a retired one only if the record
/// already named it.
/// </summary>
internal static class RecordsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapRecordsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/records").WithTags("Records").RequireAuthorization(Policies.CooperationDesk);
        group.MapGet("/", ListAsync).WithSummary("The event's meeting records, in programme order (restricted content withheld without clearance).");
        group.MapGet("/{requestId}", GetAsync).WithSummary("The record of one meeting, by its request's scenario id.");
        group.MapPut("/{requestId}", PutAsync).WithSummary("Writes the record of a meeting (version 0 for the first record); audited.");
        return group;
    }

    private static async Task<Results<Ok<List<RecordResponse>>, NotFound>> ListAsync(
        Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var zone = await ZoneAsync(db, eventId, ct);
        if (zone is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await Rows(db, eventId).OrderBy(r => r.Request!.Position).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => Respond(r, zone, user)).ToList());
    }

    private static async Task<Results<Ok<RecordResponse>, NotFound>> GetAsync(
        Guid eventId, string requestId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var zone = await ZoneAsync(db, eventId, ct);
        var row = zone is null ? null : await Rows(db, eventId).SingleOrDefaultAsync(r => r.Request!.ScenarioId == requestId, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(Respond(row, zone!, user));
    }

    private static async Task<Results<Ok<RecordResponse>, Created<RecordResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid eventId, string requestId, RecordInput input, LiaisonDbContext db, DossierStore dossiers, RecordStore records, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var zone = await ZoneAsync(db, eventId, ct);
        if (zone is null || !await db.MeetingRequests.AnyAsync(r => r.EventId == eventId && r.ScenarioId == requestId, ct))
        {
            return TypedResults.NotFound();
        }

        // Tracked here so that the store, which finds the same row in the same context, saves it only if it still has the version read.
        var existing = await db.MeetingRecords.SingleOrDefaultAsync(r => r.EventId == eventId && r.Request!.ScenarioId == requestId, ct);
        if ((existing?.Confidentiality == Confidentiality.Restricted || input.Confidentiality == Confidentiality.Restricted)
            && !user.HasConfidentialClearance())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Confidential clearance needed",
                detail: "A restricted record's summary and attendees are for users with confidential clearance; ask an administrator for it or leave the record Normal.");
        }

        var dossier = await dossiers.ExportAsync(eventId, ct);
        if (TopicRules.Check(nameof(RecordInput.TopicCodes), input.TopicCodes, existing?.TopicCodes ?? [], dossier).ToList() is { Count: > 0 } problems)
        {
            return FollowUpProblem.Answer(problems);
        }

        if (existing is not null)
        {
            db.ExpectVersion(existing, input.Version);
        }

        bool created;
        try
        {
            created = await records.SaveAsync(eventId, ToRecord(requestId, input), ct);
        }
        catch (ArgumentException refused)
        {
            return FollowUpChecks.Invalid(refused, nameof(RecordInput.TopicCodes));
        }

        var saved = Respond(await Rows(db, eventId).SingleAsync(r => r.Request!.ScenarioId == requestId, ct), zone, user);
        return created ? TypedResults.Created($"/api/events/{eventId}/records/{requestId}", saved) : TypedResults.Ok(saved);
    }

    private static IQueryable<MeetingRecordEntity> Rows(LiaisonDbContext db, Guid eventId) =>
        db.MeetingRecords.AsNoTracking().Include(r => r.Request).Where(r => r.EventId == eventId);

    private static async Task<DateTimeZone?> ZoneAsync(LiaisonDbContext db, Guid eventId, CancellationToken ct)
    {
        var id = await db.Events.Where(e => e.Id == eventId).Select(e => e.TimeZoneId).SingleOrDefaultAsync(ct);
        return id is null ? null : DateTimeZoneProviders.Tzdb[id];
    }

    private static MeetingRecord ToRecord(string requestId, RecordInput input) =>
        new(requestId, EventTimes.ToInstant(input.Start), EventTimes.ToInstant(input.End),
            input.Attendees.Select(a => new Attendee(a.Name, a.Title, a.Side)), input.TopicCodes, input.Summary,
            input.Outcome, input.Confidentiality, input.Publicity);

    private static RecordResponse Respond(MeetingRecordEntity row, DateTimeZone zone, ClaimsPrincipal user)
    {
        var withheld = row.Confidentiality == Confidentiality.Restricted && !user.HasConfidentialClearance();
        return new RecordResponse(
            row.Request!.ScenarioId, EventTimes.Utc(row.Start), EventTimes.Utc(row.End), EventTimes.Local(row.Start, zone),
            EventTimes.Local(row.End, zone), zone.Id,
            withheld ? null : row.Attendees.Select(a => new AttendeeBody(a.Name, a.Title, a.Side)).ToList(),
            row.TopicCodes, withheld ? null : row.Summary, row.Outcome, row.Confidentiality, row.Publicity, withheld, row.Version);
    }
}
