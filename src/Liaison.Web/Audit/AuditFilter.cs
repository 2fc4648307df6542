using Liaison.Data.Entities;
using NodaTime;

namespace Liaison.Web.Audit;

/// <summary>
/// The audit trail's filters, shared by <c>GET /api/audit</c> and the audit page: exact entity
/// type, entity id and user name, and a UTC time range. Empty filters select everything.
/// </summary>
/// <param name="EntityType">Entity type name, e.g. <c>RoomEntity</c>, or <c>null</c>.</param>
/// <param name="EntityId">The row's key, or <c>null</c>.</param>
/// <param name="UserName">Who made the change, or <c>null</c>.</param>
/// <param name="From">UTC start (inclusive), or <c>null</c>.</param>
/// <param name="To">UTC end (exclusive), or <c>null</c>.</param>
public sealed record AuditFilter(string? EntityType, string? EntityId, string? UserName, Instant? From = null, Instant? To = null)
{
    /// <summary>The entries that pass, newest first.</summary>
    /// <param name="entries">The audit trail.</param>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (!string.IsNullOrEmpty(EntityType))
        {
            entries = entries.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrEmpty(EntityId))
        {
            entries = entries.Where(e => e.EntityId == EntityId);
        }

        if (!string.IsNullOrEmpty(UserName))
        {
            entries = entries.Where(e => e.UserName == UserName);
        }

        if (From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        return entries.OrderByDescending(e => e.At);
    }
}
