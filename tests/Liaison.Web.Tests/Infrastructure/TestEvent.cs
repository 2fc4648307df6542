using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// A small event stored straight through the DbContext: Marrakech, one day, one principal, two
/// delegations (Norway, Ethiopia), two rooms, and one request from each delegation to the principal.
/// </summary>
public sealed record TestEvent(Guid EventId, Guid NorwayId, Guid EthiopiaId, Guid NorwayRequestId, Guid EthiopiaRequestId, Guid RoomId)
{
    public static readonly Instant DayStart = Instant.FromUtc(2024, 11, 25, 8, 0);

    public static async Task<TestEvent> StoreAsync(LiaisonApp app)
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
            new RoomEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "rif", Name = "Salon Rif", Capacity = 6, Position = 1 },
            norwayRequest, ethiopiaRequest);
        await db.SaveChangesAsync();
        return new TestEvent(eventId, norway.Id, ethiopia.Id, norwayRequest.Id, ethiopiaRequest.Id, room.Id);
    }

    private static DelegationEntity Delegation(Guid eventId, string id, PartyEntity party, int position) => new()
    {
        Id = Guid.NewGuid(), EventId = eventId, ScenarioId = id, Position = position, PartyId = party.Id,
        HeadOfDelegation = "Head of police", Languages = ["en"], Arrival = DayStart, Departure = DayStart + Duration.FromHours(10),
    };

    private static MeetingRequestEntity Request(Guid eventId, string id, DelegationEntity by, int position) => new()
    {
        Id = Guid.NewGuid(), EventId = eventId, ScenarioId = id, Position = position, RequesterId = by.Id,
        InviteeIds = ["dg"], DurationMinutes = 30, Priority = 3, Topics = ["cybercrime"], ExpectedAttendees = 4,
    };
}
