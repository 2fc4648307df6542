namespace Liaison.Cli.Tests;

/// <summary>Small scenario files in format version 1 (docs/scenario.md), written by the tests that use them.</summary>
internal static class ScenarioJson
{
    /// <summary>A valid one-day event: one principal, two delegations, two requests.</summary>
    public static string Valid() => Build(
        """
        { "id": "R1", "requestedBy": "del-no", "invitees": ["dg"], "durationMinutes": 30, "publicity": "public" },
        { "id": "R2", "requestedBy": "del-sn", "invitees": ["dg"], "durationMinutes": 30, "publicity": "confidential" }
        """);

    /// <summary>
    /// Three requests, each with one problem: a duration off the 5-minute step ($.requests[0].durationMinutes),
    /// an unknown invitee ($.requests[1].invitees[0]) and a priority outside 1..5 ($.requests[2].priority).
    /// </summary>
    public static string WithThreeProblems() => Build(
        """
        { "id": "R1", "requestedBy": "del-no", "invitees": ["dg"], "durationMinutes": 7, "publicity": "public" },
        { "id": "R2", "requestedBy": "del-sn", "invitees": ["del-xx"], "durationMinutes": 30, "publicity": "public" },
        { "id": "R3", "requestedBy": "del-sn", "invitees": ["dg"], "durationMinutes": 30, "priority": 9, "publicity": "public" }
        """);

    private static string Build(string requests) =>
        """
        {
          "formatVersion": 1,
          "event": {
            "name": "Test summit",
            "venue": "Paris",
            "timeZone": "Europe/Paris",
            "days": [ { "date": "2025-06-10", "start": "09:00", "end": "18:00" } ]
          },
          "parties": [
            { "code": "NO", "kind": "country", "name": "Norway" },
            { "code": "SN", "kind": "country", "name": "Senegal" }
          ],
          "agencies": [ { "id": "no-police", "party": "NO", "name": "Norwegian Police" } ],
          "principals": [ { "id": "dg", "title": "Director General", "languages": ["fr", "en"] } ],
          "delegations": [
            { "id": "del-no", "party": "NO", "agency": "no-police", "headOfDelegation": "Police Commissioner",
              "languages": ["en"], "arrival": "2025-06-10T08:00", "departure": "2025-06-10T20:00" },
            { "id": "del-sn", "party": "SN", "headOfDelegation": "Director General of Police",
              "languages": ["fr"], "arrival": "2025-06-10T08:00", "departure": "2025-06-10T20:00" }
          ],
          "rooms": [ { "id": "small", "name": "Small room", "capacity": 8, "signing": false } ],
          "interpreters": [],
          "blockedTimes": [],
          "requests": [
        """ + requests + """

          ]
        }
        """;
}
