using System.Text.Json;
using Liaison.Data.Entities;
using NodaTime;

namespace Liaison.Data.Auditing;

/// <summary>
/// Records in the audit trail that someone took data out of the workspace in a file: an export changes no row, so the
/// interceptor, which audits changes, never sees it.
/// </summary>
/// <remarks>One instance per unit of work (scoped), like the context it writes with; not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="audit">Who exports, and from which client.</param>
/// <param name="time">The clock for the entry's time.</param>
public sealed class ExportAudit(LiaisonDbContext db, IAuditContext audit, TimeProvider time)
{
    /// <summary>Appends an <see cref="AuditAction.Exported"/> entry for event <paramref name="eventId"/> and saves it.</summary>
    /// <param name="eventId">The exported event.</param>
    /// <param name="details">What the file held or left out, written as the entry's <c>After</c> JSON object, e.g. <c>{ "file": "event.json", "withheldRecords": 2 }</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task RecordAsync(Guid eventId, IReadOnlyDictionary<string, object> details, CancellationToken cancellationToken = default)
    {
        db.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            At = Instant.FromDateTimeOffset(time.GetUtcNow()),
            UserId = audit.UserId,
            UserName = audit.UserName,
            Client = audit.Client,
            EntityType = nameof(EventEntity),
            EntityId = eventId.ToString(),
            Action = AuditAction.Exported,
            After = JsonSerializer.Serialize(details),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
