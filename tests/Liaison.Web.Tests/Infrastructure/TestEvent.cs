using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// A small event stored straight through the DbContext: Marrakech (UTC+1 in November), one day
/// 09:00-18:00 local, the Director General (dg), two delegations (Norway del-no, Ethiopia del-et),
/// rooms atlas and rif, and one request from each delegation to dg: R1 (public) and R2
/// (confidential). With <c>scheduled</c>, both are accepted and planned: R1 in atlas at 09:00
/// local, R2 in rif at 10:00 local.
/// </summary>
public sealed record TestEvent(
    Guid EventId, Guid NorwayId, Guid EthiopiaId, Guid NorwayRequestId, Guid EthiopiaRequestId, Guid AtlasId, Guid RifId,
    Guid NorwayMeetingId, Guid EthiopiaMeetingId)
{
    /// <summary>09:00 in Marrakech on the event's day.</summary>
    public static readonly Instant DayStart = Instant.FromUtc(2024, 11, 25, 8, 0);

    public static async Task<TestEvent> StoreAsync(LiaisonApp app, bool scheduled = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var eventId = Guid.NewGuid();
        var ma = new PartyEntity { Id = Guid.NewGuid(), EventId = eventId, Code = "MA", Kind = PartyKind.Country, Name = "Morocco" };
        var no = new PartyEntity { Id = Guid.NewGuid(), EventId = eventId, Code = "NO", Kind = PartyKind.Country, Name = "Norway", Position = 1 };
        var et = new PartyEntity { Id = Guid.NewGuid(), EventId = eventId, Code = "ET", Kind = PartyKind.Country, Name = "Ethiopia", Position = 2 };
        var norway = Delegation(eventId, "del-no", no, 1);
        var ethiopia = Delegation(eventId, "del-et", et, 2);
        var room = new RoomEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "atlas", Name = "Salon Atlas", Capacity = 8, SuitableForSigning = true };
        var norwayRequest = Request(eventId, "R1", norway, 0);
        var ethiopiaRequest = Request(eventId, "R2", ethiopia, 1);
        ethiopiaRequest.Publicity = Publicity.Confidential;
        var rif = new RoomEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "rif", Name = "Salon Rif", Capacity = 6, Position = 1 };
        if (scheduled)
        {
            norwayRequest.Status = RequestStatus.Accepted;
            ethiopiaRequest.Status = RequestStatus.Accepted;
        }

        db.AddRange(
            new EventEntity
            {
                Id = eventId, Name = "Test assembly", Venue = "Marrakech", TimeZoneId = "Africa/Casablanca",
                PlanningStepMinutes = 5, ProtocolBufferMinutes = 10, CreatedAt = DayStart, CreatedBy = "test",
                Days = [new EventDayEntity { Id = Guid.NewGuid(), EventId = eventId, Date = new LocalDate(2024, 11, 25), Start = new LocalTime(9, 0), End = new LocalTime(18, 0) }],
            },
            ma, no, et,
            new PrincipalEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "dg", Title = "Director General", Languages = ["ar", "fr"] },
            norway, ethiopia, room,
            rif, norwayRequest, ethiopiaRequest);
        await db.SaveChangesAsync();
        if (!scheduled)
        {
            return new TestEvent(eventId, norway.Id, ethiopia.Id, norwayRequest.Id, ethiopiaRequest.Id, room.Id, rif.Id, Guid.Empty, Guid.Empty);
        }

        var programmes = scope.ServiceProvider.GetRequiredService<ProgrammeStore>();
        var runId = await programmes.StartRunAsync(eventId, "test", "test programme", "test");
        await programmes.CompleteRunAsync(runId, new Domain.Programmes.Programme(
            [
                new ScheduledMeeting("R1", Slot(0), "atlas", ["del-no", "dg"], []),
                new ScheduledMeeting("R2", Slot(60), "rif", ["del-et", "dg"], []),
            ], []), new ObjectiveReport(6, 6, true));
        var meetings = db.Set<MeetingEntity>().Where(m => m.EventId == eventId).ToDictionary(m => m.RequestId, m => m.Id);
        return new TestEvent(eventId, norway.Id, ethiopia.Id, norwayRequest.Id, ethiopiaRequest.Id, room.Id, rif.Id,
            meetings[norwayRequest.Id], meetings[ethiopiaRequest.Id]);
    }

    /// <summary>A 30-minute slot starting <paramref name="minutes"/> after 09:00 local.</summary>
    public static Interval Slot(int minutes) => new(DayStart + Duration.FromMinutes(minutes), DayStart + Duration.FromMinutes(minutes + 30));

    private static DelegationEntity Delegation(Guid eventId, string id, PartyEntity party, int position) => new()
    {
        Id = Guid.NewGuid(), EventId = eventId, ScenarioId = id, Position = position, PartyId = party.Id,
        HeadOfDelegation = "Head of police", Languages = ["fr"], Arrival = DayStart, Departure = DayStart + Duration.FromHours(10),
    };

    private static MeetingRequestEntity Request(Guid eventId, string id, DelegationEntity by, int position) => new()
    {
        Id = Guid.NewGuid(), EventId = eventId, ScenarioId = id, Position = position, RequesterId = by.Id,
        InviteeIds = ["dg"], DurationMinutes = 30, Priority = 3, Topics = ["cybercrime"], ExpectedAttendees = 4,
    };
}
