using Liaison.Domain;
using Liaison.Interchange.Json;

namespace Liaison.Interchange.Scenarios;

/// <summary>Reading single entries against a scenario already read, for files that extend it (docs/changes.md).</summary>
internal sealed partial class ScenarioReader
{
    /// <summary>The members of a request object; the same as in <c>$.requests</c> of a scenario file.</summary>
    private static readonly string[] RequestMembers =
    [
        "id", "requestedBy", "invitees", "durationMinutes", "priority", "topics",
        "preferredWindows", "signing", "publicity", "expectedAttendees", "interpretation", "optionalAttendees", "requiredFeatures", "lock",
    ];

    /// <summary>A reader that knows <paramref name="scenario"/>'s event, zone, step and participants, reporting into <paramref name="problems"/>.</summary>
    /// <param name="scenario">The scenario the entries refer to.</param>
    /// <param name="problems">Where problems go, with JSON paths of the file being read.</param>
    public static ScenarioReader Seeded(Scenario scenario, ProblemList problems)
    {
        var reader = new ScenarioReader(problems)
        {
            _event = scenario.Event,
            _planningStep = scenario.Event.PlanningStepMinutes,
        };
        reader._times.Zone = scenario.Event.TimeZone;
        reader._times.EventSpan = (scenario.Event.Days[0].Date.AtMidnight(), scenario.Event.Days[^1].Date.PlusDays(1).AtMidnight());
        reader._roomIds.UnionWith(scenario.Rooms.Select(r => r.Id));
        foreach (var principal in scenario.Principals)
        {
            reader._participantIsDelegation[principal.Id] = false;
        }

        foreach (var delegation in scenario.Delegations)
        {
            reader._participantIsDelegation[delegation.Id] = true;
        }

        return reader;
    }

    /// <summary>
    /// One request object as in a scenario's <c>$.requests</c>, checked against the seeded scenario; its id must
    /// not be in <paramref name="ids"/>, to which it is added. <c>null</c> when it has problems (reported).
    /// </summary>
    /// <param name="item">The request object and its JSON path.</param>
    /// <param name="ids">Request ids already taken.</param>
    public MeetingRequest? ReadOneRequest(JsonItem item, HashSet<string> ids)
    {
        var obj = JsonObjectReader.Open(item, _problems, RequestMembers);
        return obj is null ? null : ReadRequest(obj, ids);
    }
}
