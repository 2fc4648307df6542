using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>
/// One entry of the append-only audit trail: who changed which row, when (UTC), from which client,
/// and the row's scalar values before and after. Written by <see cref="Auditing.AuditInterceptor"/>
/// in the same transaction as the change; never updated or deleted (refused by the interceptor and
/// by database triggers on both providers).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>When (UTC).</summary>
    public Instant At { get; set; }

    /// <summary>Identity user id, or <c>null</c> for the command line and the system.</summary>
    public string? UserId { get; set; }

    /// <summary>User name, or "cli", or "system".</summary>
    public string UserName { get; set; } = "";

    /// <summary>Client: "{IP} {user agent}" for the web, "cli" for the command line.</summary>
    public string Client { get; set; } = "";

    /// <summary>Entity type name, e.g. "MeetingEntity".</summary>
    public string EntityType { get; set; } = "";

    /// <summary>Primary key of the row (the Guid, or the Identity string key).</summary>
    public string EntityId { get; set; } = "";

    /// <summary>Added, modified or deleted.</summary>
    public AuditAction Action { get; set; }

    /// <summary>JSON object of the scalar properties before the change; <c>null</c> when added.</summary>
    public string? Before { get; set; }

    /// <summary>JSON object of the scalar properties after the change; <c>null</c> when deleted.</summary>
    public string? After { get; set; }
}
