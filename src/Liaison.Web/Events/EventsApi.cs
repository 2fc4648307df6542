using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Auditing;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Interchange;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Events;

/// <summary>Events under <c>/api/events</c>: list, read, import an event file, edit, export as a scenario or a whole event file.</summary>
internal static class EventsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader)
            .WithSummary("The events the user may see (a liaison officer: the event of its delegation).");
        group.MapGet("/{eventId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader)
            .WithSummary("One event.");
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.ProtocolOffice)
            .Accepts<object>("application/json")
            .WithSummary("Imports an event file (the request body: a scenario file, with or without records, agreements and commitments) as a new event; all or nothing.");
        group.MapPut("/{eventId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Edits the event's name, venue and protocol buffer.");
        group.MapGet("/{eventId:guid}/scenario.json", ExportAsync).RequireAuthorization(Policies.ProtocolOffice)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The event as a scenario file (every request, whatever its status); importing it gives an equal event.");
        group.MapGet("/{eventId:guid}/event.json", ExportWholeAsync).RequireAuthorization(Policies.ProtocolOffice)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The whole event as an event file: scenario, topics, records, agreements, commitments; restricted records without clearance are marked withheld. Audited.");
        return group;
    }

    private static async Task<Ok<List<EventResponse>>> ListAsync(LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var events = db.Set<EventEntity>().Include(e => e.Days).AsNoTracking();
        if (user.IsRestrictedToDelegation())
        {
            var bound = user.BoundDelegation();
            events = events.Where(e => db.Set<DelegationEntity>().Any(d => d.Id == bound && d.EventId == e.Id));
        }

        var list = await events.OrderBy(e => e.Name).ToListAsync(ct);
        return TypedResults.Ok(list.Select(e => e.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<EventResponse>, NotFound>> GetAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
        => await db.FindEventAsync(user, eventId, ct) is { } found ? TypedResults.Ok(found.ToResponse()) : TypedResults.NotFound();

    private static async Task<Results<Created<EventResponse>, ValidationProblem>> ImportAsync(
        HttpRequest request, LiaisonDbContext db, DossierStore dossiers, ClaimsPrincipal user, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        EventDossier dossier;
        try
        {
            dossier = EventFile.Parse(json, "request body");
        }
        catch (InvalidFileException e)
        {
            return TypedResults.ValidationProblem(
                e.Problems.GroupBy(p => p.Location).ToDictionary(g => g.Key, g => g.Select(p => $"{p.Message}. Fix: {p.Fix}.").ToArray()),
                detail: "The event file is not valid; nothing was imported.");
        }

        var eventId = await dossiers.ImportAsync(dossier, user.Identity?.Name ?? "unknown", ct);
        var created = await db.Set<EventEntity>().Include(e => e.Days).AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        return TypedResults.Created($"/api/events/{eventId}", created.ToResponse());
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        Guid eventId, LiaisonDbContext db, ScenarioStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        using var output = new MemoryStream();
        ScenarioFile.Write(await store.ExportAsync(eventId, ct), output);
        return TypedResults.File(output.ToArray(), "application/json; charset=utf-8", "scenario.json");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportWholeAsync(
        Guid eventId, LiaisonDbContext db, DossierStore dossiers, ExportAudit audit, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var (dossier, withheld) = ClearedDossier.For(await dossiers.ExportAsync(eventId, ct), user);
        using var output = new MemoryStream();
        EventFile.Write(dossier, output, withheld);
        await audit.RecordAsync(eventId, new Dictionary<string, object> { ["file"] = "event.json", ["withheldRecords"] = withheld.Order(StringComparer.Ordinal).ToList() }, ct);
        return TypedResults.File(output.ToArray(), "application/json; charset=utf-8", "event.json");
    }

    private static async Task<Results<Ok<EventResponse>, NotFound>> UpdateAsync(
        Guid eventId, EventUpdate update, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.FindEventAsync(user, eventId, ct);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        db.ExpectVersion(found, update.Version);
        found.Name = update.Name;
        found.Venue = update.Venue;
        found.ProtocolBufferMinutes = update.ProtocolBufferMinutes;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(found.ToResponse());
    }
}
