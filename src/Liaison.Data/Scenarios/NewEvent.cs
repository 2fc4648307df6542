namespace Liaison.Data.Scenarios;

/// <summary>Saves a new event's rows in one transaction, all or nothing (scenario and event-file imports alike).</summary>
internal static class NewEvent
{
    /// <summary>Adds <paramref name="entity"/> with every row hanging from it and commits; on any failure nothing is written and the context is left empty of the attempt.</summary>
    /// <returns>The event's id.</returns>
    public static async Task<Guid> SaveAsync(LiaisonDbContext db, Entities.EventEntity entity, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Events.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return entity.Id;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
