using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

/// <summary>
/// A save was based on a stale copy: another user saved or deleted the row after the caller read
/// it (optimistic concurrency on <see cref="IVersioned.Version"/>). Nothing of the failed save was
/// written. Carries what differs so the caller can show it (the HTTP API answers 409).
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type name, e.g. "MeetingEntity".</param>
    /// <param name="entityId">The row's key.</param>
    /// <param name="deleted">Whether the row no longer exists.</param>
    /// <param name="currentVersion">The version now in the database, or <c>null</c> when deleted.</param>
    /// <param name="changes">Properties whose database value differs from the caller's.</param>
    /// <param name="innerException">The EF Core exception.</param>
    public ConcurrencyConflictException(string entityType, string entityId, bool deleted, int? currentVersion,
        IReadOnlyList<ConflictingValue> changes, Exception? innerException = null)
        : base(Describe(entityType, entityId, deleted, changes), innerException)
    {
        EntityType = entityType;
        EntityId = entityId;
        Deleted = deleted;
        CurrentVersion = currentVersion;
        Changes = changes;
    }

    /// <summary>The entity type name.</summary>
    public string EntityType { get; }

    /// <summary>The row's key.</summary>
    public string EntityId { get; }

    /// <summary>Whether another user deleted the row.</summary>
    public bool Deleted { get; }

    /// <summary>The version now in the database (send it back to retry deliberately), or <c>null</c> when deleted.</summary>
    public int? CurrentVersion { get; }

    /// <summary>Each property whose current database value differs from the value the caller tried to save.</summary>
    public IReadOnlyList<ConflictingValue> Changes { get; }

    /// <summary>Builds the exception from EF Core's, reading the current database values of the first conflicting row.</summary>
    /// <param name="exception">The EF Core concurrency exception.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    internal static async Task<ConcurrencyConflictException> FromAsync(DbUpdateConcurrencyException exception, CancellationToken cancellationToken)
    {
        var entry = exception.Entries[0];
        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        var database = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (database is null)
        {
            return new ConcurrencyConflictException(entry.Metadata.ClrType.Name, key, true, null, [], exception);
        }

        var changes = entry.Properties
            .Where(p => p.Metadata.Name != nameof(IVersioned.Version))
            .Select(p => new ConflictingValue(p.Metadata.Name, p.CurrentValue, database[p.Metadata.Name]))
            .Where(c => !SameValue(c.Yours, c.Current))
            .ToList();
        var version = database.Properties.Any(p => p.Name == nameof(IVersioned.Version)) ? database.GetValue<int>(nameof(IVersioned.Version)) : (int?)null;
        return new ConcurrencyConflictException(entry.Metadata.ClrType.Name, key, false, version, changes, exception);
    }

    private static bool SameValue(object? a, object? b) =>
        Equals(a, b) || (a is IEnumerable<object> x && b is IEnumerable<object> y && x.SequenceEqual(y));

    private static string Describe(string entityType, string entityId, bool deleted, IReadOnlyList<ConflictingValue> changes) =>
        deleted
            ? $"{entityType} {entityId} was deleted by someone else after you read it; nothing was saved."
            : $"{entityType} {entityId} was changed by someone else after you read it; nothing was saved. Changed: "
              + (changes.Count == 0 ? "(no visible field)" : string.Join("; ", changes.Select(c => $"{c.Property} is now '{c.Current}', you sent '{c.Yours}'")))
              + ". Reload and apply your change again.";
}
