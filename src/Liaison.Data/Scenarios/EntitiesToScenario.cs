using Liaison.Data.Entities;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Data.Scenarios;

/// <summary>Rebuilds a domain <see cref="Scenario"/> from an event's rows, in the order of their <c>Position</c>.</summary>
internal static class EntitiesToScenario
{
    /// <param name="e">The event with its days, parties, agencies, participants, rooms, interpreters and blocked times.</param>
    /// <param name="requests">The requests to include.</param>
    /// <param name="locks">Locks by request row id (the locked meetings' start and room), or <c>null</c> for none.</param>
    /// <exception cref="InvalidOperationException">The stored zone id is unknown to NodaTime's tzdb.</exception>
    public static Scenario Map(EventEntity e, IEnumerable<MeetingRequestEntity> requests, IReadOnlyDictionary<Guid, MeetingLock>? locks = null)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(e.TimeZoneId)
                   ?? throw new InvalidOperationException($"Event {e.Id} names the time zone '{e.TimeZoneId}', unknown to the bundled tzdb.");
        var @event = new Event(e.Name, e.Venue, zone, e.Days.Select(d => new EventDay(d.Date, d.Start, d.End)),
            e.PlanningStepMinutes, e.ProtocolBufferMinutes);
        var partyCodes = e.Parties.ToDictionary(p => p.Id, p => p.Code);
        var agencyIds = e.Agencies.ToDictionary(a => a.Id, a => a.ScenarioId);
        var participantIds = e.Participants.ToDictionary(p => p.Id, p => p.ScenarioId);

        return new Scenario(
            @event,
            e.Parties.OrderBy(p => p.Position).Select(p => new Party(p.Code, p.Kind, p.Name, p.Region, p.Names)),
            e.Agencies.OrderBy(a => a.Position).Select(a => new Agency(a.ScenarioId, partyCodes[a.PartyId], a.Name)),
            e.Participants.OfType<DelegationEntity>().OrderBy(d => d.Position).Select(d => new Delegation(
                d.ScenarioId, partyCodes[d.PartyId], d.AgencyId is { } agency ? agencyIds[agency] : null, d.HeadOfDelegation,
                d.Languages, d.Arrival, d.Departure)),
            e.Participants.OfType<PrincipalEntity>().OrderBy(p => p.Position).Select(p => new Principal(p.ScenarioId, p.Title, p.Languages)),
            e.Rooms.OrderBy(r => r.Position).Select(r => new Room(r.ScenarioId, r.Name, r.Capacity, r.SuitableForSigning)),
            e.Interpreters.OrderBy(i => i.Position).Select(i => new Interpreter(i.ScenarioId, i.Name,
                i.LanguagePairs.Select(LanguagePair.Parse), i.Availability.Select(StoredInterval.Parse))),
            e.BlockedTimes.OrderBy(b => b.Position).Select(b => new BlockedTime(b.ScenarioId, b.Label, b.Kind, new Interval(b.Start, b.End), b.ParticipantIds)),
            requests.OrderBy(r => r.Position).Select(r => new MeetingRequest(
                r.ScenarioId, participantIds[r.RequesterId], r.InviteeIds, r.DurationMinutes, r.Priority, r.Topics,
                r.PreferredWindows.Select(StoredInterval.Parse), r.NeedsSigningRoom, r.Publicity, r.ExpectedAttendees,
                r.Interpretation?.Select(LanguagePair.Parse), lockedAt: locks?.GetValueOrDefault(r.Id))));
    }
}
