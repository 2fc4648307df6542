using NodaTime;

namespace Liaison.Domain;

/// <summary>A visiting delegation: a party's agency, led by a head of delegation, present between arrival and departure.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Delegation : Participant
{
    /// <summary>Creates a delegation.</summary>
    /// <param name="id">Scenario-unique identifier (shared namespace with principals).</param>
    /// <param name="partyCode">Code of the <see cref="Party"/> the delegation represents.</param>
    /// <param name="agencyId">Id of the <see cref="Agency"/> it comes from, or <c>null</c>.</param>
    /// <param name="headOfDelegation">Title of the head of delegation (not a personal name).</param>
    /// <param name="languages">Working languages (BCP 47).</param>
    /// <param name="arrival">UTC instant from which the delegation can meet.</param>
    /// <param name="departure">UTC instant after which it can no longer meet; after <paramref name="arrival"/>.</param>
    /// <exception cref="ArgumentException">On empty ids or title, no language, or departure not after arrival.</exception>
    public Delegation(string id, string partyCode, string? agencyId, string headOfDelegation,
        IEnumerable<string> languages, Instant arrival, Instant departure)
        : base(id, languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partyCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(headOfDelegation);
        if (departure <= arrival)
        {
            throw new ArgumentException($"Delegation '{id}' departs before it arrives.", nameof(departure));
        }

        PartyCode = partyCode;
        AgencyId = agencyId;
        HeadOfDelegation = headOfDelegation;
        Arrival = arrival;
        Departure = departure;
    }

    /// <summary>Code of the party represented (ISO 3166-1 alpha-2 or organisation code).</summary>
    public string PartyCode { get; }

    /// <summary>The agency the delegation comes from, if named.</summary>
    public string? AgencyId { get; }

    /// <summary>Title of the head of delegation.</summary>
    public string HeadOfDelegation { get; }

    /// <summary>UTC instant of arrival.</summary>
    public Instant Arrival { get; }

    /// <summary>UTC instant of departure.</summary>
    public Instant Departure { get; }

    /// <inheritdoc />
    public override string DisplayName => $"{HeadOfDelegation} ({PartyCode})";

    /// <inheritdoc />
    /// <remarks>The event's working hours clipped to [arrival, departure).</remarks>
    public override IReadOnlyList<Interval> Presence(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var result = new List<Interval>();
        foreach (var day in @event.WorkingIntervals)
        {
            var start = Instant.Max(day.Start, Arrival);
            var end = Instant.Min(day.End, Departure);
            if (start < end)
            {
                result.Add(new Interval(start, end));
            }
        }

        return result;
    }
}
