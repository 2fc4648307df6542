using Liaison.Domain;
using Liaison.Domain.Changes;
using NodaTime;

namespace Liaison.Interchange.Tests.Changes;

/// <summary>Reading a changes file: every kind, event-local times, and every problem named at its place.</summary>
public class ChangesFileTests
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    private static Instant Local(int day, int hour) => EventTime.ToInstant(Casablanca, new LocalDateTime(2024, 11, day, hour, 0));

    [Fact]
    public void ReadsEveryKindInFileOrderWithEventLocalTimes()
    {
        var changes = TestChanges.Parse(TestChanges.EveryKind());

        Assert.Equal(new RequestCancelled("R03"), changes[0]);
        Assert.Equal(new DelegationArrivesLate("del-no", Local(25, 14)), changes[1]);
        Assert.Equal(new DelegationLeavesEarly("del-et", Local(26, 12)), changes[2]);
        Assert.Equal(new RoomLost("majorelle", Local(25, 12)), changes[3]);
        Assert.Equal(new InterpreterLost("int-ar-en-1", Local(26, 10)), changes[4]);
        var busy = Assert.IsType<PrincipalBusy>(changes[5]);
        Assert.Equal(("change-6", "dg", new Interval(Local(25, 16), Local(25, 17)), "Call with the minister"), (busy.BlockedTimeId, busy.PrincipalId, busy.Time, busy.Label));
        var added = Assert.IsType<RequestAdded>(changes[6]).Request;
        Assert.Equal(("R04", "del-aimc", 5, 30), (added.Id, added.RequestedBy, added.Priority, added.DurationMinutes));
    }

    [Fact]
    public void AppliedChangesGiveTheChangedScenario()
    {
        var scenario = TestChanges.Scenario();

        var changed = ScenarioChanges.Apply(scenario, TestChanges.Parse(TestChanges.EveryKind()));

        Assert.Equal(["R01", "R02", "R04"], changed.Requests.Select(r => r.Id));
        Assert.Equal(["atlas"], changed.Rooms.Select(r => r.Id));
        Assert.Equal(Local(25, 14), ((Delegation)changed.Participant("del-no")).Arrival);
    }

    public static TheoryData<string, string, string> Problems() => new()
    {
        { "{ \"kind\": \"cancellation\", \"request\": \"R99\" }", "$.changes[0].request", "unknown request 'R99'" },
        { "{ \"kind\": \"lateArrival\", \"delegation\": \"del-xx\", \"arrival\": \"2024-11-25T14:00\" }", "$.changes[0].delegation", "unknown delegation 'del-xx'" },
        { "{ \"kind\": \"lateArrival\", \"delegation\": \"dg\", \"arrival\": \"2024-11-25T14:00\" }", "$.changes[0].delegation", "'dg' is a principal" },
        { "{ \"kind\": \"lateArrival\", \"delegation\": \"del-no\", \"arrival\": \"2024-11-29T14:00\" }", "$.changes[0].arrival", "outside the event" },
        { "{ \"kind\": \"earlyDeparture\", \"delegation\": \"del-et\", \"departure\": \"2024-11-25T07:00\" }", "$.changes[0].departure", "outside the event" },
        { "{ \"kind\": \"roomLost\", \"room\": \"kasbah\" }", "$.changes[0].room", "unknown room 'kasbah'" },
        { "{ \"kind\": \"interpreterLost\", \"interpreter\": \"int-xx\" }", "$.changes[0].interpreter", "unknown interpreter 'int-xx'" },
        { "{ \"kind\": \"principalBusy\", \"principal\": \"del-no\", \"start\": \"2024-11-25T16:00\", \"end\": \"2024-11-25T17:00\", \"label\": \"x\" }", "$.changes[0].principal", "is a delegation" },
        { "{ \"kind\": \"principalBusy\", \"principal\": \"dg\", \"start\": \"2024-11-28T16:00\", \"end\": \"2024-11-28T17:00\", \"label\": \"x\" }", "$.changes[0]", "outside the event" },
        { "{ \"kind\": \"principalBusy\", \"id\": \"opening\", \"principal\": \"dg\", \"start\": \"2024-11-25T16:00\", \"end\": \"2024-11-25T17:00\", \"label\": \"x\" }", "$.changes[0].id", "already used" },
        { "{ \"kind\": \"meteorite\" }", "$.changes[0].kind", "'meteorite' is not a kind of change" },
        { "{ \"request\": \"R01\" }", "$.changes[0].kind", "no 'kind'" },
        { "{ \"kind\": \"cancellation\", \"request\": \"R01\", \"reason\": \"x\" }", "$.changes[0].reason", "unknown member 'reason'" },
        { "{ \"kind\": \"newRequest\", \"request\": { \"id\": \"R01\", \"requestedBy\": \"del-no\", \"invitees\": [\"dg\"], \"durationMinutes\": 30, \"publicity\": \"public\" } }", "$.changes[0].request.id", "already used" },
        { "{ \"kind\": \"newRequest\", \"request\": { \"id\": \"R09\", \"requestedBy\": \"del-no\", \"invitees\": [\"nobody\"], \"durationMinutes\": 30, \"publicity\": \"public\" } }", "$.changes[0].request.invitees[0]", "unknown participant 'nobody'" },
        { "{ \"kind\": \"newRequest\", \"request\": { \"id\": \"R09\", \"requestedBy\": \"del-no\", \"invitees\": [\"dg\"], \"durationMinutes\": 31, \"publicity\": \"public\" } }", "$.changes[0].request.durationMinutes", "planning step" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void NamesTheProblemAtItsPlace(string change, string location, string message)
    {
        var problems = TestChanges.Problems(TestChanges.With(change));

        Assert.Contains(problems, p => p.Location == location && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsEveryProblemOfTheFileAtOnce()
    {
        var document = TestChanges.EveryKind();
        document["changes"]![0]!["request"] = "R99";
        document["changes"]![3]!["room"] = "kasbah";
        document["changes"]![6]!["request"]!["requestedBy"] = "del-xx";

        var problems = TestChanges.Problems(document);

        Assert.Equal(["$.changes[0].request", "$.changes[3].room", "$.changes[6].request.requestedBy"], problems.Select(p => p.Location));
    }

    [Fact]
    public void LaterChangesSeeEarlierOnes()
    {
        var document = TestChanges.With("{ \"kind\": \"cancellation\", \"request\": \"R01\" }");
        var changes = (System.Text.Json.Nodes.JsonArray)document["changes"]!;
        changes.Add(System.Text.Json.Nodes.JsonNode.Parse("{ \"kind\": \"cancellation\", \"request\": \"R01\" }"));
        changes.Add(System.Text.Json.Nodes.JsonNode.Parse("{ \"kind\": \"lateArrival\", \"delegation\": \"del-no\", \"arrival\": \"2024-11-25T14:00\" }"));
        changes.Add(System.Text.Json.Nodes.JsonNode.Parse("{ \"kind\": \"lateArrival\", \"delegation\": \"del-no\", \"arrival\": \"2024-11-25T12:00\" }"));

        var problems = TestChanges.Problems(document);

        Assert.Equal(["$.changes[1].request", "$.changes[3].arrival"], problems.Select(p => p.Location));
        Assert.Contains("cancelled twice", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("present from 2024-11-25T14:00 (Africa/Casablanca)", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEmptyListAndAnotherVersion()
    {
        var document = TestChanges.With("{ \"kind\": \"cancellation\", \"request\": \"R01\" }");
        document["formatVersion"] = 2;
        document["changes"] = new System.Text.Json.Nodes.JsonArray();

        var problems = TestChanges.Problems(document);

        Assert.Equal(["$.formatVersion", "$.changes"], problems.Select(p => p.Location));
    }

    [Fact]
    public void EmptyListFixCancelsARequestOfTheScenarioWithItsIdAsWritten()
    {
        var document = TestChanges.With("{ \"kind\": \"cancellation\", \"request\": \"R01\" }");
        document["changes"] = new System.Text.Json.Nodes.JsonArray();

        var problem = Assert.Single(TestChanges.Problems(document));

        Assert.Equal("list at least one change, e.g. { \"kind\": \"cancellation\", \"request\": \"R01\" } (ids are case-sensitive)", problem.Fix);
        Assert.Equal("R01", TestChanges.Scenario().Requests[0].Id);
    }
}
