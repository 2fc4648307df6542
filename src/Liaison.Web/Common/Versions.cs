using Liaison.Data;
using Liaison.Data.Entities;

namespace Liaison.Web.Common;

/// <summary>Optimistic concurrency from the API's side: a change carries the version its author read.</summary>
internal static class Versions
{
    /// <summary>
    /// Makes the save conditional on the row still having <paramref name="versionRead"/>: EF Core puts
    /// the version in the UPDATE's WHERE clause, so a row changed meanwhile makes the save fail with a
    /// concurrency conflict (409) instead of silently overwriting the other officer's change.
    /// </summary>
    public static void ExpectVersion(this LiaisonDbContext db, IVersioned entity, int versionRead)
        => db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = versionRead;
}
