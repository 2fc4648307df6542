using System.Text.Json.Nodes;
using Liaison.Domain;

namespace Liaison.Interchange.Tests;

/// <summary>Valid scenario documents that tests copy and break one member at a time.</summary>
internal static class TestScenarios
{
    /// <summary>The Director General's title in Arabic, to check that Arabic text survives every file.</summary>
    public const string ArabicTitle = "المدير العام للأمن الوطني";

    /// <summary>A fresh valid document: Marrakech 2024, two days, three delegations, three requests.</summary>
    public static JsonObject Marrakech() => (JsonObject)JsonNode.Parse("""
        {
          "$schema": "../../docs/scenario.schema.json",
          "formatVersion": 1,
          "source": { "title": "Test data", "notes": "built for the interchange tests" },
          "event": {
            "name": "92nd INTERPOL General Assembly",
            "venue": "Marrakech, Morocco",
            "timeZone": "Africa/Casablanca",
            "days": [
              { "date": "2024-11-25", "start": "09:00", "end": "18:00" },
              { "date": "2024-11-26", "start": "09:00", "end": "18:00" }
            ]
          },
          "parties": [
            { "code": "NO", "kind": "country", "name": "Norway", "region": "Europe" },
            { "code": "ET", "kind": "country", "name": "Ethiopia", "region": "Africa" },
            { "code": "AIMC", "kind": "organisation", "name": "Council of Arab Interior Ministers", "region": "International organisations" }
          ],
          "agencies": [
            { "id": "no-police", "party": "NO", "name": "Norwegian Police Service" },
            { "id": "et-police", "party": "ET", "name": "Ethiopian Federal Police" }
          ],
          "principals": [
            { "id": "dg", "title": "المدير العام للأمن الوطني", "languages": ["ar", "fr"] }
          ],
          "delegations": [
            { "id": "del-no", "party": "NO", "agency": "no-police", "headOfDelegation": "National Police Commissioner",
              "languages": ["en"], "arrival": "2024-11-24T08:00", "departure": "2024-11-27T20:00" },
            { "id": "del-et", "party": "ET", "agency": "et-police", "headOfDelegation": "Commissioner General",
              "languages": ["en", "am"], "arrival": "2024-11-25T08:00", "departure": "2024-11-26T20:00" },
            { "id": "del-aimc", "party": "AIMC", "headOfDelegation": "Secretary General",
              "languages": ["ar"], "arrival": "2024-11-24T08:00", "departure": "2024-11-27T20:00", "illustrative": true, "note": "no agency" }
          ],
          "rooms": [
            { "id": "atlas", "name": "Salon Atlas", "capacity": 12, "signing": true },
            { "id": "majorelle", "name": "Salon Majorelle", "capacity": 8 }
          ],
          "interpreters": [
            { "id": "int-ar-en-1", "name": "Interpreter AR/EN 1", "languagePairs": ["ar/en"],
              "availability": [ { "start": "2024-11-25T08:00", "end": "2024-11-26T20:00" } ] }
          ],
          "blockedTimes": [
            { "id": "opening", "label": "Opening ceremony", "kind": "ceremony", "start": "2024-11-25T09:00", "end": "2024-11-25T11:00" },
            { "id": "plenary-1", "label": "Plenary session", "kind": "plenary", "start": "2024-11-26T14:00", "end": "2024-11-26T16:00", "participants": ["dg"] }
          ],
          "requests": [
            { "id": "R01", "requestedBy": "del-no", "invitees": ["dg"], "durationMinutes": 30, "priority": 4,
              "topics": ["cross-border-crime"], "preferredWindows": [ { "start": "2024-11-26T10:00", "end": "2024-11-26T13:00" } ],
              "signing": true, "publicity": "public", "expectedAttendees": 8, "interpretation": ["ar/en"] },
            { "id": "R02", "requestedBy": "del-et", "invitees": ["dg"], "durationMinutes": 45,
              "topics": ["organised-crime", "capacity-building"], "signing": true, "publicity": "public" },
            { "id": "R03", "requestedBy": "del-aimc", "invitees": ["dg"], "durationMinutes": 30, "publicity": "confidential" }
          ]
        }
        """)!;

    /// <summary>Parses <paramref name="document"/> as the file <c>test.json</c>.</summary>
    public static Scenario Parse(JsonNode document) => ScenarioFile.Parse(document.ToJsonString(), "test.json");

    /// <summary>The problems reported for <paramref name="document"/>; fails when it is accepted.</summary>
    public static IReadOnlyList<FileProblem> Problems(JsonNode document) => ProblemsOf(document.ToJsonString());

    /// <summary>The problems reported for the text <paramref name="json"/>; fails when it is accepted.</summary>
    public static IReadOnlyList<FileProblem> ProblemsOf(string json)
    {
        var error = Assert.Throws<InvalidFileException>(() => ScenarioFile.Parse(json, "test.json"));
        Assert.NotEmpty(error.Problems);
        Assert.All(error.Problems, p =>
        {
            Assert.Equal("test.json", p.File);
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
            Assert.False(string.IsNullOrWhiteSpace(p.Fix));
        });
        return error.Problems;
    }

    /// <summary>The problem at <paramref name="location"/> once <paramref name="breakIt"/> has changed the Marrakech scenario.</summary>
    public static FileProblem ProblemAfter(Action<JsonObject> breakIt, string location)
    {
        var document = Marrakech();
        breakIt(document);
        return At(Problems(document), location);
    }

    /// <summary>The single problem at <paramref name="location"/>; fails when there is none or several there.</summary>
    public static FileProblem At(IReadOnlyList<FileProblem> problems, string location) =>
        Assert.Single(problems, p => p.Location == location);
}
