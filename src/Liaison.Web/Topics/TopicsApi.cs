using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Topics;
using Liaison.Domain.Topics;
using Liaison.Web.Common;
using Liaison.Web.FollowUp;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Topics;

/// <summary>
/// An event's topic taxonomy under <c>/api/events/{eventId}/topics</c>, topics addressed by code: protocol officers,
/// analysts and administrators read it; only administrators add, rename, retire, reinstate and delete. A topic that a
/// meeting record or an agreement names cannot be deleted (409 saying how many); it can be retired instead, which keeps it
/// on those records and agreements but stops forms offering it. Every change is audited.
/// </summary>
internal static class TopicsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapTopicsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/topics").WithTags("Topics");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.TopicReader)
            .WithSummary("The event's topics in taxonomy order, with their names in every language.");
        group.MapPost("/", AddAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Adds a topic named in ar, en, es and fr; audited.");
        group.MapPut("/{code}", RenameAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Renames a topic (its code stays); audited.");
        group.MapPost("/{code}/retire", RetireAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Retires a topic: records and agreements keep it, forms no longer offer it; audited.");
        group.MapPost("/{code}/reinstate", ReinstateAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Reinstates a retired topic, so forms offer it again; audited.");
        group.MapDelete("/{code}", DeleteAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Deletes a topic no meeting record or agreement names; audited.");
        return group;
    }

    private static async Task<Results<Ok<List<TopicResponse>>, NotFound>> ListAsync(
        Guid eventId, LiaisonDbContext db, TopicStore topics, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        var rows = await topics.ListAsync(eventId, ct);
        return TypedResults.Ok(rows.Select(Respond).ToList());
    }

    private static async Task<Results<Created<TopicResponse>, NotFound, ValidationProblem>> AddAsync(
        Guid eventId, TopicInput input, LiaisonDbContext db, TopicStore topics, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        try
        {
            var row = await topics.AddAsync(eventId, new Topic(input.Code, input.Names), ct);
            return TypedResults.Created($"/api/events/{eventId}/topics/{row.Code}", Respond(row));
        }
        catch (ArgumentException refused)
        {
            return Invalid(refused);
        }
    }

    private static async Task<Results<Ok<TopicResponse>, NotFound, ValidationProblem>> RenameAsync(
        Guid eventId, string code, TopicRename input, LiaisonDbContext db, TopicStore topics, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        try
        {
            var row = await topics.RenameAsync(eventId, code, input.Names, input.Version, ct);
            return row is null ? TypedResults.NotFound() : TypedResults.Ok(Respond(row));
        }
        catch (ArgumentException refused)
        {
            return Invalid(refused);
        }
    }

    private static Task<Results<Ok<TopicResponse>, NotFound>> RetireAsync(
        Guid eventId, string code, TopicVersion input, LiaisonDbContext db, TopicStore topics, CancellationToken ct) =>
        SetRetiredAsync(eventId, code, retired: true, input, db, topics, ct);

    private static Task<Results<Ok<TopicResponse>, NotFound>> ReinstateAsync(
        Guid eventId, string code, TopicVersion input, LiaisonDbContext db, TopicStore topics, CancellationToken ct) =>
        SetRetiredAsync(eventId, code, retired: false, input, db, topics, ct);

    private static async Task<Results<Ok<TopicResponse>, NotFound>> SetRetiredAsync(
        Guid eventId, string code, bool retired, TopicVersion input, LiaisonDbContext db, TopicStore topics, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        var row = await topics.SetRetiredAsync(eventId, code, retired, input.Version, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(Respond(row));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid eventId, string code, TopicStore topics, CancellationToken ct)
    {
        var usage = await topics.DeleteAsync(eventId, code, ct);
        if (usage is null)
        {
            return TypedResults.NotFound();
        }

        return usage.InUse ? InUse(eventId, code, usage) : TypedResults.NoContent();
    }

    /// <summary>The 409 for deleting a topic in use, with the counts as fields so a client can show them.</summary>
    private static ProblemHttpResult InUse(Guid eventId, string code, TopicUsage usage) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Topic in use",
            detail: $"Topic '{code}' is named by {usage.Records} meeting record(s) and {usage.Agreements} agreement(s), which must keep it. "
                + $"Fix: retire it instead (POST /api/events/{eventId}/topics/{code}/retire), so those records and agreements keep it "
                + "and forms stop offering it; or remove it from them first.",
            extensions: new Dictionary<string, object?> { ["records"] = usage.Records, ["agreements"] = usage.Agreements });

    private static ValidationProblem Invalid(ArgumentException refused) =>
        ValidationErrors.Single(refused.ParamName == "names" ? nameof(TopicInput.Names) : nameof(TopicInput.Code), refused.Message);

    private static TopicResponse Respond(TopicEntity row) => new(row.Code, row.Names, row.Retired, row.Version);
}
