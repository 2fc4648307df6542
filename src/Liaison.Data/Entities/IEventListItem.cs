namespace Liaison.Data.Entities;

/// <summary>
/// A row of one event's set-up kept in the order the protocol officer entered it (rooms, interpreters,
/// principals and delegations), so code that lists or finds such rows can serve every kind alike.
/// </summary>
public interface IEventListItem
{
    /// <summary>The row's id, unique across events.</summary>
    Guid Id { get; }

    /// <summary>The event the row belongs to.</summary>
    Guid EventId { get; }

    /// <summary>The row's place in the event's list, from 0; lists are shown in this order.</summary>
    int Position { get; }
}
