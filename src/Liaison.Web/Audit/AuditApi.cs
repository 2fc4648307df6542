using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Audit;

/// <summary>
/// The audit trail under <c>/api/audit</c>, for auditors. Read-only by design: there is no
/// endpoint that edits or deletes an entry, and the database refuses it anyway.
/// </summary>
internal static class AuditApi
{
    /// <summary>Most entries one request returns.</summary>
    public const int MaxTake = 1000;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Auditor)
            .WithSummary("Audit entries, newest first; filter by entity type, entity id or user name; at most 1000.");
        return group;
    }

    private static async Task<Ok<List<AuditEntryResponse>>> ListAsync(
        LiaisonDbContext db, string? entityType, string? entityId, string? userName, int? take, CancellationToken ct)
    {
        var query = new AuditFilter(entityType, entityId, userName).Apply(db.Set<AuditEntry>().AsNoTracking());
        var entries = await query.Take(Math.Clamp(take ?? 200, 1, MaxTake)).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => new AuditEntryResponse(
            e.Id, EventTimes.Utc(e.At), e.UserName, e.Client, e.EntityType, e.EntityId, e.Action, e.Before, e.After)).ToList());
    }
}
