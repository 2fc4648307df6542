namespace Liaison.Domain.Tests;

/// <summary>The issue-3 additions to the domain: optional attendees, room features, venues and travel times, locks.</summary>
public sealed class ScenarioExtensionTests
{
    private static readonly Room CentreRoom = new("c1", "Centre 1", 10, false, ["video"], "centre");
    private static readonly Room HotelRoom = new("h1", "Hotel 1", 10, false, null, "hotel");

    [Fact]
    public void RejectsAnOptionalAttendeeWhoIsAlsoRequired()
    {
        var error = Assert.Throws<ArgumentException>(() => Request("R1", optional: ["dg"]));

        Assert.Contains("both as required and as optional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnknownOptionalAttendeeAndAnUnknownLockedRoom()
    {
        var optional = Assert.Throws<ArgumentException>(() => TestScenario.Create([Request("R1", optional: ["nobody"])]));
        var locked = Assert.Throws<ArgumentException>(() => TestScenario.Create([Request("R1", locked: new MeetingLock(TestScenario.Local(1, 9), "attic"))]));

        Assert.Contains("unknown optional attendee 'nobody'", optional.Message, StringComparison.Ordinal);
        Assert.Contains("unknown room 'attic'", locked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsRequestOptionsThroughWithLock()
    {
        var request = Request("R1", optional: ["del-sn"], features: ["video", "press", "video"]);
        var pin = new MeetingLock(TestScenario.Local(1, 10), "small");

        var locked = request.WithLock(pin);

        Assert.Equal(pin, locked.Lock);
        Assert.Equal(["del-sn"], locked.OptionalAttendees);
        Assert.Equal(["press", "video"], locked.RequiredFeatures);
        Assert.Null(locked.WithLock(null).Lock);
    }

    [Fact]
    public void TellsWhetherARoomOffersEveryFeature()
    {
        Assert.True(CentreRoom.Offers(["video"]));
        Assert.False(CentreRoom.Offers(["video", "press"]));
        Assert.True(HotelRoom.Offers([]));
    }

    [Fact]
    public void GivesTheTravelTimeBetweenRoomsEitherWayAndNoneWithinAVenue()
    {
        var scenario = WithVenues([new TravelTime("centre", "hotel", 25)]);

        Assert.Equal(25, scenario.TravelMinutes(scenario.Room("c1"), scenario.Room("h1")));
        Assert.Equal(25, scenario.TravelMinutes(scenario.Room("h1"), scenario.Room("c1")));
        Assert.Equal(0, scenario.TravelMinutes(scenario.Room("c1"), scenario.Room("c1")));
    }

    [Fact]
    public void RejectsAMissingOrRepeatedTravelTimeAndAnUnknownVenue()
    {
        var missing = Assert.Throws<ArgumentException>(() => WithVenues([]));
        var repeated = Assert.Throws<ArgumentException>(() => WithVenues([new TravelTime("centre", "hotel", 25), new TravelTime("hotel", "centre", 20)]));
        var unknown = Assert.Throws<ArgumentException>(() => WithVenues([new TravelTime("centre", "airport", 25)]));

        Assert.Contains("No travel time is given between venues 'centre' and 'hotel'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("given twice", repeated.Message, StringComparison.Ordinal);
        Assert.Contains("unknown venue 'airport'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsATravelTimeFromAVenueToItselfOrNegative()
    {
        Assert.Throws<ArgumentException>(() => new TravelTime("centre", "centre", 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TravelTime("centre", "hotel", -5));
    }

    internal static MeetingRequest Request(string id, string[]? optional = null, string[]? features = null, MeetingLock? locked = null) =>
        new(id, "del-no", ["dg"], 30, 3, ["cybercrime"], [], false, Publicity.Public, 4, null, optional, features, locked);

    internal static Scenario WithVenues(IEnumerable<TravelTime> travel, IEnumerable<MeetingRequest>? requests = null)
    {
        var basic = TestScenario.Create(requests);
        return new Scenario(basic.Event, basic.Parties, basic.Agencies, basic.Delegations, basic.Principals,
            [.. basic.Rooms, CentreRoom, HotelRoom], basic.Interpreters, basic.BlockedTimes, basic.Requests,
            [new Venue("centre", "Centre"), new Venue("hotel", "Hotel")], travel);
    }
}
