namespace Liaison.Web.Setup;

/// <summary>
/// Adds and edits one kind of an event's set-up rows with the rules that need the database; the API
/// and the set-up pages both go through it. The caller checks that the user may see the event.
/// </summary>
/// <typeparam name="TEntity">The stored row.</typeparam>
/// <typeparam name="TInput">The fields as the API and the forms send them, their attributes already validated.</typeparam>
/// <remarks>Implementations are scoped with their context and not thread-safe; a changed version throws <see cref="Data.ConcurrencyConflictException"/>.</remarks>
public interface ISetupChanges<TEntity, in TInput>
    where TEntity : class
{
    /// <summary>Adds a row at the end of the event's list.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="input">The new row.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task<SetupOutcome<TEntity>> CreateAsync(Guid eventId, TInput input, CancellationToken cancellationToken);

    /// <summary>Edits a row if its stored version is still the one the input was based on.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="id">The row.</param>
    /// <param name="input">The new values; the scenario id must be the stored one.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task<SetupOutcome<TEntity>> UpdateAsync(Guid eventId, Guid id, TInput input, CancellationToken cancellationToken);
}
