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
    /// <param name="features">Equipment or qualities a request may require, e.g. <c>video</c> or <c>press</c>; compared ordinally. <c>null</c> for none.</param>
    /// <param name="venueId">Id of the <see cref="Venue"/> the room is in, or <c>null</c> for the event's single venue.</param>
    /// <exception cref="ArgumentException">On an empty id or name, a capacity below 2, or an empty feature.</exception>
    public Room(string id, string name, int capacity, bool suitableForSigning, IEnumerable<string>? features = null, string? venueId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Id = id;
        Name = name;
        Capacity = capacity;
        SuitableForSigning = suitableForSigning;
        Features = (features ?? []).ToHashSet(StringComparer.Ordinal);
        if (Features.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Room '{id}' names an empty feature.", nameof(features));
        }

        VenueId = venueId;
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>Name shown on the programme.</summary>
    public string Name { get; }

    /// <summary>Seats at the table.</summary>
    public int Capacity { get; }

    /// <summary>Whether a signing ceremony can be held there.</summary>
    public bool SuitableForSigning { get; }

    /// <summary>Equipment or qualities the room offers; empty when none are named.</summary>
    public IReadOnlySet<string> Features { get; }

    /// <summary>Id of the venue the room is in, or <c>null</c> for the event's single venue.</summary>
    public string? VenueId { get; }

    /// <summary>Whether the room offers every feature in <paramref name="required"/>.</summary>
    /// <param name="required">Feature names, compared ordinally.</param>
    public bool Offers(IEnumerable<string> required) => required.All(Features.Contains);
}
