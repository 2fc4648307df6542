namespace Liaison.Data.Entities;

/// <summary>
/// A row guarded by optimistic concurrency: <see cref="Version"/> is a concurrency token that
/// <see cref="LiaisonDbContext"/> increments on every save of a modified row, so a save based on a
/// stale copy fails with <see cref="ConcurrencyConflictException"/> on SQLite and PostgreSQL alike.
/// </summary>
public interface IVersioned
{
    /// <summary>Starts at 1 when the row is added; incremented by one on every saved modification.</summary>
    int Version { get; set; }
}
