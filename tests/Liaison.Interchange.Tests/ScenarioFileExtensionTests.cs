using System.Text.Json.Nodes;

namespace Liaison.Interchange.Tests;

/// <summary>The optional issue-3 members: venues and travel times, room features, optional attendees, required features, locks.</summary>
public sealed class ScenarioFileExtensionTests
{
    private static JsonObject WithExtensions()
    {
        var document = TestScenarios.Marrakech();
        var rooms = document["rooms"]!.AsArray();
        document["venues"] = new JsonArray(new JsonObject { ["id"] = "centre", ["name"] = "Palais des congrès" }, new JsonObject { ["id"] = "hotel", ["name"] = "Hotel" });
        document["travelTimes"] = new JsonArray(new JsonObject { ["from"] = "centre", ["to"] = "hotel", ["minutes"] = 25 });
        rooms[0]!["features"] = new JsonArray("video", "press");
        rooms[0]!["venue"] = "hotel";
        var request = document["requests"]![0]!;
        request["requiredFeatures"] = new JsonArray("video");
        request["lock"] = new JsonObject { ["start"] = "2024-11-25T10:00", ["room"] = rooms[0]!["id"]!.GetValue<string>() };
        return document;
    }

    [Fact]
    public void ReadsAndWritesTheNewMembersAndTheWriterOutputReadsBackTheSame()
    {
        var scenario = TestScenarios.Parse(WithExtensions());
        using var stream = new MemoryStream();
        ScenarioFile.Write(scenario, stream);
        var again = TestScenarios.Parse(JsonNode.Parse(stream.ToArray())!);

        foreach (var s in new[] { scenario, again })
        {
            Assert.Equal(["centre", "hotel"], s.Venues.Select(v => v.Id));
            Assert.Equal(("centre", "hotel", 25), (s.TravelTimes[0].FromVenueId, s.TravelTimes[0].ToVenueId, s.TravelTimes[0].Minutes));
            Assert.Equal(["press", "video"], s.Rooms[0].Features.Order(StringComparer.Ordinal));
            Assert.Equal("hotel", s.Rooms[0].VenueId);
            Assert.Equal(["video"], s.Requests[0].RequiredFeatures);
            Assert.Equal(s.Rooms[0].Id, s.Requests[0].Lock!.RoomId);
        }
    }

    [Fact]
    public void ReportsAMissingTravelTimeAnUnknownVenueAndARequiredOptionalAttendee()
    {
        var document = WithExtensions();
        document["travelTimes"] = new JsonArray();
        document["rooms"]![1]!["venue"] = "airport";
        var request = document["requests"]![0]!;
        request["optionalAttendees"] = new JsonArray(request["requestedBy"]!.GetValue<string>());

        var messages = string.Join("\n", TestScenarios.Problems(document).Select(p => $"{p.Location}: {p.Message}"));
        Assert.Contains("$.travelTimes: no travel time is given between venues 'centre' and 'hotel'", messages, StringComparison.Ordinal);
        Assert.Contains("$.rooms[1].venue: unknown venue 'airport'", messages, StringComparison.Ordinal);
        Assert.Contains("$.requests[0].optionalAttendees[0]", messages, StringComparison.Ordinal);
    }
}
