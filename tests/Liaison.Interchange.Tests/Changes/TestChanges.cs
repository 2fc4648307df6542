using System.Text.Json.Nodes;
using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Interchange.Changes;

namespace Liaison.Interchange.Tests.Changes;

/// <summary>A changes file for <see cref="TestScenarios.Marrakech"/> with one change of every kind, and helpers to read it.</summary>
internal static class TestChanges
{
    public static Scenario Scenario() => TestScenarios.Parse(TestScenarios.Marrakech());

    public static JsonObject EveryKind() => (JsonObject)JsonNode.Parse("""
        {
          "$schema": "../../docs/changes.schema.json",
          "formatVersion": 1,
          "note": "after the first morning",
          "changes": [
            { "kind": "cancellation", "request": "R03" },
            { "kind": "lateArrival", "delegation": "del-no", "arrival": "2024-11-25T14:00" },
            { "kind": "earlyDeparture", "delegation": "del-et", "departure": "2024-11-26T12:00" },
            { "kind": "roomLost", "room": "majorelle", "from": "2024-11-25T12:00" },
            { "kind": "interpreterLost", "interpreter": "int-ar-en-1", "from": "2024-11-26T10:00" },
            { "kind": "principalBusy", "principal": "dg", "start": "2024-11-25T16:00", "end": "2024-11-25T17:00", "label": "Call with the minister" },
            { "kind": "newRequest", "request": { "id": "R04", "requestedBy": "del-aimc", "invitees": ["dg"], "durationMinutes": 30, "priority": 5, "publicity": "public" } }
          ]
        }
        """)!;

    public static IReadOnlyList<ScenarioChange> Parse(JsonNode document) => ChangesFile.Parse(Scenario(), document.ToJsonString(), "changes.json");

    /// <summary>The problems reported for <paramref name="document"/>; fails when it is accepted or a problem lacks its parts.</summary>
    public static IReadOnlyList<FileProblem> Problems(JsonNode document)
    {
        var error = Assert.Throws<InvalidFileException>(() => Parse(document));
        Assert.All(error.Problems, p =>
        {
            Assert.Equal("changes.json", p.File);
            Assert.StartsWith("$", p.Location, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Fix));
        });
        return error.Problems;
    }

    /// <summary>A document whose only change is <paramref name="change"/>.</summary>
    public static JsonObject With(string change) => new()
    {
        ["formatVersion"] = 1,
        ["changes"] = new JsonArray(JsonNode.Parse(change)),
    };
}
