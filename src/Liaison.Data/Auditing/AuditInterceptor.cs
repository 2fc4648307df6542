using System.Globalization;
using System.Text.Json;
using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Data.Auditing;

/// <summary>
/// Writes one <see cref="AuditEntry"/> for every added, modified or deleted row in the same save
/// (so in the same transaction), with the row's scalar values before and after as JSON objects,
/// and refuses any save that modifies or deletes an <see cref="AuditEntry"/>.
/// </summary>
/// <remarks>
/// Not audited: the audit entries themselves and <see cref="MeetingBookingEntity"/> rows (derived
/// from their meeting, which is audited). Byte arrays (signed documents) are written as their length only.
/// Never written into the JSON: password hashes and
/// security stamps. One instance per context; not thread-safe beyond what a DbContext is.
/// </remarks>
/// <param name="audit">Who makes the changes and from which client.</param>
/// <param name="time">The clock for <see cref="AuditEntry.At"/>.</param>
public sealed class AuditInterceptor(IAuditContext audit, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(LiaisonUser.PasswordHash), nameof(LiaisonUser.SecurityStamp),
    };

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var tampered = entries.FirstOrDefault(e => e.Entity is AuditEntry && e.State != EntityState.Added);
        if (tampered is not null)
        {
            throw new InvalidOperationException(
                $"The audit trail is append-only: audit entry {((AuditEntry)tampered.Entity).Id} cannot be {(tampered.State == EntityState.Deleted ? "deleted" : "modified")}. Nothing was saved.");
        }

        var at = Instant.FromDateTimeOffset(time.GetUtcNow());
        foreach (var entry in entries.Where(e => e.Entity is not AuditEntry and not MeetingBookingEntity))
        {
            context.Add(new AuditEntry
            {
                Id = Guid.NewGuid(),
                At = at,
                UserId = audit.UserId,
                UserName = audit.UserName,
                Client = audit.Client,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Added,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Modified,
                },
                Before = entry.State == EntityState.Added ? null : Json(entry, original: true),
                After = entry.State == EntityState.Deleted ? null : Json(entry, original: false),
            });
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return property.IsTemporary ? "(assigned by the database)" : Format(property.CurrentValue)?.ToString();
        }));

    private static string Json(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !Secret.Contains(p.Metadata.Name)))
        {
            values[property.Metadata.Name] = Format(original ? property.OriginalValue : property.CurrentValue);
        }

        return JsonSerializer.Serialize(values);
    }

    private static object? Format(object? value) => value switch
    {
        Instant instant => InstantPattern.ExtendedIso.Format(instant),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        LocalTime clock => LocalTimePattern.ExtendedIso.Format(clock),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => string.Create(CultureInfo.InvariantCulture, $"({bytes.Length} bytes)"),
        _ => value,
    };
}
