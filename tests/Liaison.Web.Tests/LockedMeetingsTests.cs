using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Web.Planning;
using NodaTime;

namespace Liaison.Web.Tests;

public sealed class LockedMeetingsTests
{
    private static readonly Instant Nine = Instant.FromUtc(2024, 11, 25, 8, 0);

    [Fact]
    public void LockedRequestLeavesThePlanAndItsParticipantsAndInterpreterAreBusyThen()
    {
        var scenario = Scenario();
        var locked = new ScheduledMeeting("R2", Slot(0), "atlas", ["del-et", "dg"], ["i-en"], Locked: true);

        var around = LockedMeetings.PlanAround(scenario, [locked]);

        Assert.Equal(["R1"], around.Requests.Select(r => r.Id));
        var block = Assert.Single(around.BlockedTimes);
        Assert.Equal(("locked-R2", new Interval(Nine - Duration.FromMinutes(10), Nine + Duration.FromMinutes(40))), (block.Id, block.Time));
        Assert.Equal(["del-et", "dg"], block.ParticipantIds);
        Assert.Equal([new Interval(Nine + Duration.FromMinutes(30), Nine + Duration.FromHours(9))], around.Interpreter("i-en").Availability);
    }

    [Fact]
    public void PlannedMeetingInALockedMeetingsRoomAndTimeIsLeftOutAndTheLockedOneAddedBack()
    {
        var locked = new ScheduledMeeting("R2", Slot(0), "atlas", ["del-et", "dg"], [], Locked: true);
        var clashing = new ScheduledMeeting("R1", Slot(15), "atlas", ["del-no", "dg"], []);
        var elsewhere = new ScheduledMeeting("R3", Slot(15), "rif", ["del-no"], []);

        var restored = LockedMeetings.Restore(new Domain.Programmes.Programme([clashing, elsewhere], []), [locked]);

        Assert.Equal(["R2", "R3"], restored.Meetings.Select(m => m.RequestId));
        var left = Assert.Single(restored.Unplaced);
        Assert.Equal(("R1", UnplacedReason.CrowdedOut), (left.RequestId, left.Reason));
        Assert.Contains("locked meeting R2", left.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingLockedChangesNothing()
    {
        var scenario = Scenario();
        var programme = new Domain.Programmes.Programme([new ScheduledMeeting("R1", Slot(0), "atlas", ["del-no", "dg"], [])], []);

        Assert.Same(scenario, LockedMeetings.PlanAround(scenario, []));
        Assert.Same(programme, LockedMeetings.Restore(programme, []));
    }

    private static Interval Slot(int minutes) => new(Nine + Duration.FromMinutes(minutes), Nine + Duration.FromMinutes(minutes + 30));

    private static Scenario Scenario()
    {
        var zone = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];
        var day = new EventDay(new LocalDate(2024, 11, 25), new LocalTime(9, 0), new LocalTime(18, 0));
        var @event = new Event("Test assembly", "Marrakech", zone, [day]);
        return new Scenario(
            @event,
            [new Party("NO", PartyKind.Country, "Norway"), new Party("ET", PartyKind.Country, "Ethiopia")],
            [],
            [Delegation("del-no", "NO"), Delegation("del-et", "ET")],
            [new Principal("dg", "Director General", ["fr"])],
            [new Room("atlas", "Salon Atlas", 8, true)],
            [new Interpreter("i-en", "Interpreter", [LanguagePair.Parse("fr/en")], [])],
            [],
            [Request("R1", "del-no"), Request("R2", "del-et")]);
    }

    private static Delegation Delegation(string id, string party) =>
        new(id, party, null, "Head of police", ["fr"], Nine, Nine + Duration.FromHours(9));

    private static MeetingRequest Request(string id, string by) =>
        new(id, by, ["dg"], 30, 3, [], [], false, Publicity.Public, 4);
}
