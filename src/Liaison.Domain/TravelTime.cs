namespace Liaison.Domain;

/// <summary>
/// Minutes needed to go between two venues, in either direction (the matrix is symmetric).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TravelTime
{
    /// <summary>Creates a travel time.</summary>
    /// <param name="fromVenueId">One venue.</param>
    /// <param name="toVenueId">Another venue.</param>
    /// <param name="minutes">Whole minutes, 0 or more.</param>
    /// <exception cref="ArgumentException">On an empty id, the same venue twice, or negative minutes.</exception>
    public TravelTime(string fromVenueId, string toVenueId, int minutes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromVenueId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toVenueId);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        if (string.Equals(fromVenueId, toVenueId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A travel time joins two different venues, not '{fromVenueId}' to itself.", nameof(toVenueId));
        }

        FromVenueId = fromVenueId;
        ToVenueId = toVenueId;
        Minutes = minutes;
    }

    /// <summary>One venue.</summary>
    public string FromVenueId { get; }

    /// <summary>The other venue.</summary>
    public string ToVenueId { get; }

    /// <summary>Whole minutes between them, either way.</summary>
    public int Minutes { get; }
}
