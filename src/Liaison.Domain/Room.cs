namespace Liaison.Domain;

/// <summary>A meeting room at the venue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Room
{
    /// <summary>Creates a room.</summary>
    /// <param name="id">Scenario-unique identifier.</param>
    /// <param name="name">Name shown on the programme, e.g. "Salon Atlas".</param>
    /// <param name="capacity">Seats at the table; at least 2.</param>
    /// <param name="suitableForSigning">Whether a signing ceremony can be held there (table, flags, press position).</param>
    /// <exception cref="ArgumentException">On an empty id or name, or a capacity below 2.</exception>
    public Room(string id, string name, int capacity, bool suitableForSigning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Id = id;
        Name = name;
        Capacity = capacity;
        SuitableForSigning = suitableForSigning;
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>Name shown on the programme.</summary>
    public string Name { get; }

    /// <summary>Seats at the table.</summary>
    public int Capacity { get; }

    /// <summary>Whether a signing ceremony can be held there.</summary>
    public bool SuitableForSigning { get; }
}
