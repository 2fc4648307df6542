using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Liaison.Data;

/// <summary>Increments <see cref="IVersioned.Version"/> on modified rows before a save, and undoes it when the save fails.</summary>
internal static class VersionBump
{
    public static List<EntityEntry> Apply(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State == EntityState.Modified && e.Entity is IVersioned)
            .Select(e =>
            {
                ((IVersioned)e.Entity).Version++;
                return e;
            })
            .ToList();

    public static void Undo(IEnumerable<EntityEntry> bumped)
    {
        foreach (var entry in bumped)
        {
            ((IVersioned)entry.Entity).Version--;
        }
    }
}
