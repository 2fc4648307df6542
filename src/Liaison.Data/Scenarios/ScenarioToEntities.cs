using Liaison.Data.Entities;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Data.Scenarios;

/// <summary>Builds the rows of a new event from a domain <see cref="Scenario"/>, keeping every list's order in <c>Position</c>.</summary>
internal static class ScenarioToEntities
{
    public static EventEntity Map(Scenario scenario, string who, Instant now)
    {
        var e = scenario.Event;
        var entity = new EventEntity
        {
            Id = Guid.NewGuid(),
            Name = e.Name,
            Venue = e.Venue,
            TimeZoneId = e.TimeZone.Id,
            PlanningStepMinutes = e.PlanningStepMinutes,
            ProtocolBufferMinutes = e.ProtocolBufferMinutes,
            CreatedAt = now,
            CreatedBy = who,
            Days = e.Days.Select(d => new EventDayEntity { Id = Guid.NewGuid(), Date = d.Date, Start = d.Start, End = d.End }).ToList(),
        };

        entity.Parties = scenario.Parties.Select((p, i) => new PartyEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, Code = p.Code, Kind = p.Kind, Name = p.Name, Region = p.Region,
            Names = new Dictionary<string, string>(p.Names),
        }).ToList();
        var parties = entity.Parties.ToDictionary(p => p.Code, StringComparer.Ordinal);

        entity.Agencies = scenario.Agencies.Select((a, i) => new AgencyEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = a.Id, PartyId = parties[a.PartyCode].Id, Name = a.Name,
        }).ToList();
        var agencies = entity.Agencies.ToDictionary(a => a.ScenarioId, StringComparer.Ordinal);

        var delegations = scenario.Delegations.Select((d, i) => new DelegationEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = d.Id, Languages = [.. d.Languages],
            PartyId = parties[d.PartyCode].Id, AgencyId = d.AgencyId is null ? null : agencies[d.AgencyId].Id,
            HeadOfDelegation = d.HeadOfDelegation, Arrival = d.Arrival, Departure = d.Departure,
        }).ToList();
        var principals = scenario.Principals.Select((p, i) => new PrincipalEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = p.Id, Languages = [.. p.Languages], Title = p.Title,
        });
        entity.Participants = [.. principals, .. delegations];

        entity.Rooms = scenario.Rooms.Select((r, i) => new RoomEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = r.Id, Name = r.Name, Capacity = r.Capacity,
            SuitableForSigning = r.SuitableForSigning,
        }).ToList();

        entity.Interpreters = scenario.Interpreters.Select((x, i) => new InterpreterEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = x.Id, Name = x.Name,
            LanguagePairs = x.LanguagePairs.Select(p => p.ToString()).ToList(),
            Availability = x.Availability.Select(StoredInterval.Format).ToList(),
        }).ToList();

        entity.BlockedTimes = scenario.BlockedTimes.Select((b, i) => new BlockedTimeEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, ScenarioId = b.Id, Label = b.Label, Kind = b.Kind,
            Start = b.Time.Start, End = b.Time.End, ParticipantIds = [.. b.ParticipantIds],
        }).ToList();

        var requesters = delegations.ToDictionary(d => d.ScenarioId, StringComparer.Ordinal);
        entity.Requests = scenario.Requests.Select((r, i) => Request(r, i, entity.Id, requesters[r.RequestedBy].Id, who, now)).ToList();
        return entity;
    }

    private static MeetingRequestEntity Request(MeetingRequest r, int position, Guid eventId, Guid requesterId, string who, Instant now)
    {
        var id = Guid.NewGuid();
        return new MeetingRequestEntity
        {
            Id = id,
            EventId = eventId,
            Position = position,
            ScenarioId = r.Id,
            RequesterId = requesterId,
            InviteeIds = [.. r.Invitees],
            DurationMinutes = r.DurationMinutes,
            Priority = r.Priority,
            Topics = [.. r.Topics],
            PreferredWindows = r.PreferredWindows.Select(StoredInterval.Format).ToList(),
            NeedsSigningRoom = r.NeedsSigningRoom,
            Publicity = r.Publicity,
            ExpectedAttendees = r.ExpectedAttendees,
            Interpretation = r.Interpretation?.Select(p => p.ToString()).ToList(),
            Status = RequestStatus.Submitted,
            StatusHistory = [new RequestStatusChange { Id = Guid.NewGuid(), RequestId = id, From = null, To = RequestStatus.Submitted, ChangedBy = who, At = now }],
        };
    }
}
