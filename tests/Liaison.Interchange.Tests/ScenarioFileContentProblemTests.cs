using System.Text.Json.Nodes;

namespace Liaison.Interchange.Tests;

/// <summary>Problems of meaning: zones, ids, references, times and ranges.</summary>
public class ScenarioFileContentProblemTests
{
    private static void AssertSays(string expected, string actual) => Assert.Contains(expected, actual, StringComparison.Ordinal);

    [Fact]
    public void ReportsAnUnknownZoneAndSuggestsTheRightCase()
    {
        var problem = TestScenarios.ProblemAfter(d => d["event"]!["timeZone"] = "africa/casablanca", "$.event.timeZone");

        Assert.Equal("'africa/casablanca' is not an IANA time zone", problem.Message);
        Assert.Equal("did you mean 'Africa/Casablanca'? (zone names are case-sensitive)", problem.Fix);
    }

    [Fact]
    public void ReportsAPlanningStepThatDoesNotDivideAnHour() =>
        AssertSays("does not divide an hour", TestScenarios.ProblemAfter(d => d["event"]!["planningStepMinutes"] = 7, "$.event.planningStepMinutes").Message);

    [Fact]
    public void ReportsANegativeProtocolBuffer() =>
        AssertSays("negative", TestScenarios.ProblemAfter(d => d["event"]!["protocolBufferMinutes"] = -5, "$.event.protocolBufferMinutes").Message);

    [Fact]
    public void ReportsAnEventWithoutDays() =>
        AssertSays("no working days", TestScenarios.ProblemAfter(d => d["event"]!["days"] = new JsonArray(), "$.event.days").Message);

    [Fact]
    public void ReportsADayListedTwice() =>
        AssertSays("listed twice", TestScenarios.ProblemAfter(d => d["event"]!["days"]![1]!["date"] = "2024-11-25", "$.event.days[1].date").Message);

    [Fact]
    public void ReportsWorkingHoursThatEndBeforeTheyStart() =>
        AssertSays("end (08:00) before they start (09:00)", TestScenarios.ProblemAfter(d => d["event"]!["days"]![0]!["end"] = "08:00", "$.event.days[0].end").Message);

    [Fact]
    public void ReportsAMalformedDate() =>
        AssertSays("is not a date", TestScenarios.ProblemAfter(d => d["event"]!["days"]![0]!["date"] = "25/11/2024", "$.event.days[0].date").Message);

    [Fact]
    public void ReportsAMalformedLocalDateTime()
    {
        var problem = TestScenarios.ProblemAfter(d => d["delegations"]![0]!["arrival"] = "2024-11-24 08:00", "$.delegations[0].arrival");

        AssertSays("is not an event-local date and time", problem.Message);
        AssertSays("2024-11-25T09:30", problem.Fix);
    }

    [Fact]
    public void ReportsALocalDateTimeWithAnOffset() =>
        AssertSays("not an event-local date and time", TestScenarios.ProblemAfter(d => d["delegations"]![0]!["arrival"] = "2024-11-24T08:00+01:00", "$.delegations[0].arrival").Message);

    [Fact]
    public void ReportsAPrincipalAndDelegationSharingAnId() =>
        AssertSays("already used by another principal or delegation", TestScenarios.ProblemAfter(d => d["delegations"]![2]!["id"] = "dg", "$.delegations[2].id").Message);

    [Fact]
    public void ReportsAPartyListedTwice() =>
        AssertSays("the party 'NO' is listed twice", TestScenarios.ProblemAfter(d => d["parties"]![1]!["code"] = "NO", "$.parties[1].code").Message);

    [Fact]
    public void ReportsARequestIdUsedTwice() =>
        AssertSays("already used by another meeting request", TestScenarios.ProblemAfter(d => d["requests"]![2]!["id"] = "R01", "$.requests[2].id").Message);

    [Fact]
    public void ReportsARoomIdUsedTwice() =>
        AssertSays("already used by another room", TestScenarios.ProblemAfter(d => d["rooms"]![1]!["id"] = "atlas", "$.rooms[1].id").Message);

    [Fact]
    public void ReportsACountryCodeThatIsNotIso3166Shaped() =>
        AssertSays("not an ISO 3166-1 alpha-2", TestScenarios.ProblemAfter(d => d["parties"]![0]!["code"] = "NOR", "$.parties[0].code").Message);

    [Fact]
    public void ReportsAnOrganisationCodeInLowerCase() =>
        AssertSays("not an organisation code", TestScenarios.ProblemAfter(d => d["parties"]![2]!["code"] = "aimc", "$.parties[2].code").Message);

    [Fact]
    public void ReportsAnUnknownParty() =>
        Assert.Equal("unknown party 'XX'", TestScenarios.ProblemAfter(d => d["delegations"]![0]!["party"] = "XX", "$.delegations[0].party").Message);

    [Fact]
    public void ReportsAnUnknownAgency() =>
        Assert.Equal("unknown agency 'xx-police'", TestScenarios.ProblemAfter(d => d["delegations"]![0]!["agency"] = "xx-police", "$.delegations[0].agency").Message);

    [Fact]
    public void ReportsAnAgencyOfAnotherParty() =>
        AssertSays("belongs to party 'ET', not 'NO'", TestScenarios.ProblemAfter(d => d["delegations"]![0]!["agency"] = "et-police", "$.delegations[0].agency").Message);

    [Fact]
    public void ReportsAnUnknownInvitee()
    {
        var problem = TestScenarios.ProblemAfter(d => d["requests"]![1]!["invitees"] = new JsonArray("dg", "del-xx"), "$.requests[1].invitees[1]");

        Assert.Equal("unknown participant 'del-xx'", problem.Message);
        Assert.Equal("use the id of an entry of $.principals or $.delegations", problem.Fix);
    }

    [Fact]
    public void ReportsAnUnknownParticipantOfABlockedTime() =>
        Assert.Equal("unknown participant 'dgx'", TestScenarios.ProblemAfter(d => d["blockedTimes"]![1]!["participants"] = new JsonArray("dgx"), "$.blockedTimes[1].participants[0]").Message);

    [Fact]
    public void ReportsARequestMadeByAPrincipal() =>
        AssertSays("'dg' is a principal", TestScenarios.ProblemAfter(d => d["requests"]![0]!["requestedBy"] = "dg", "$.requests[0].requestedBy").Message);

    [Fact]
    public void ReportsARequesterAmongItsOwnInvitees() =>
        AssertSays("invites itself", TestScenarios.ProblemAfter(d => d["requests"]![0]!["invitees"] = new JsonArray("dg", "del-no"), "$.requests[0].invitees[1]").Message);

    [Fact]
    public void ReportsARequestThatInvitesNobody() =>
        AssertSays("invites nobody", TestScenarios.ProblemAfter(d => d["requests"]![0]!["invitees"] = new JsonArray(), "$.requests[0].invitees").Message);

    [Fact]
    public void ReportsABlockedTimeOutsideTheEvent()
    {
        var problem = TestScenarios.ProblemAfter(d => (d["blockedTimes"]![0]!["start"], d["blockedTimes"]![0]!["end"]) = ("2024-11-28T09:00", "2024-11-28T10:00"), "$.blockedTimes[0]");

        Assert.Equal("2024-11-28T09:00 to 2024-11-28T10:00 lies outside the event, which runs from 2024-11-25T00:00 to 2024-11-27T00:00", problem.Message);
    }

    [Fact]
    public void ReportsAPreferredWindowOutsideTheEvent() =>
        AssertSays("lies outside the event", TestScenarios.ProblemAfter(d => d["requests"]![0]!["preferredWindows"]![0]!["end"] = "2024-11-27T10:00", "$.requests[0].preferredWindows[0]").Message);

    [Fact]
    public void ReportsInterpreterAvailabilityOutsideTheEvent() =>
        AssertSays("lies outside the event", TestScenarios.ProblemAfter(d => d["interpreters"]![0]!["availability"]![0]!["start"] = "2024-11-24T08:00", "$.interpreters[0].availability[0]").Message);

    [Fact]
    public void ReportsABlockedTimeThatEndsBeforeItStarts() =>
        AssertSays("is not after 'start'", TestScenarios.ProblemAfter(d => d["blockedTimes"]![0]!["end"] = "2024-11-25T08:00", "$.blockedTimes[0].end").Message);

    [Fact]
    public void ReportsADepartureBeforeArrival() =>
        AssertSays("'departure' (2024-11-23T20:00) is not after 'arrival'", TestScenarios.ProblemAfter(d => d["delegations"]![1]!["departure"] = "2024-11-23T20:00", "$.delegations[1].departure").Message);

    [Fact]
    public void ReportsADelegationAbsentDuringAllWorkingHours() =>
        AssertSays("not present during any working hours", TestScenarios.ProblemAfter(d => (d["delegations"]![1]!["arrival"], d["delegations"]![1]!["departure"]) = ("2024-11-26T18:30", "2024-11-26T23:00"), "$.delegations[1]").Message);

    [Fact]
    public void ReportsADurationThatIsNotAMultipleOfTheStep()
    {
        var problem = TestScenarios.ProblemAfter(d => d["requests"]![0]!["durationMinutes"] = 32, "$.requests[0].durationMinutes");

        Assert.Equal("32 minutes is not a positive multiple of the planning step (5 minutes)", problem.Message);
        AssertSays("35", problem.Fix);
    }

    [Fact]
    public void ReportsADurationOfZero() =>
        AssertSays("not a positive multiple", TestScenarios.ProblemAfter(d => d["requests"]![0]!["durationMinutes"] = 0, "$.requests[0].durationMinutes").Message);

    [Fact]
    public void ReportsAPriorityAboveFive() =>
        AssertSays("above 5", TestScenarios.ProblemAfter(d => d["requests"]![0]!["priority"] = 6, "$.requests[0].priority").Message);

    [Fact]
    public void ReportsAPriorityBelowOne() =>
        AssertSays("below the minimum of 1", TestScenarios.ProblemAfter(d => d["requests"]![0]!["priority"] = 0, "$.requests[0].priority").Message);

    [Fact]
    public void ReportsARoomForFewerThanTwo() =>
        AssertSays("cannot seat", TestScenarios.ProblemAfter(d => d["rooms"]![0]!["capacity"] = 1, "$.rooms[0].capacity").Message);

    [Fact]
    public void ReportsFewerThanTwoExpectedAttendees() =>
        AssertSays("below the minimum of 2", TestScenarios.ProblemAfter(d => d["requests"]![0]!["expectedAttendees"] = 1, "$.requests[0].expectedAttendees").Message);

    [Fact]
    public void ReportsABadLanguageTag() =>
        Assert.Equal("'english' is not a BCP 47 language tag", TestScenarios.ProblemAfter(d => d["principals"]![0]!["languages"] = new JsonArray("ar", "english"), "$.principals[0].languages[1]").Message);

    [Fact]
    public void ReportsAParticipantWithoutLanguages() =>
        AssertSays("no working language", TestScenarios.ProblemAfter(d => d["principals"]![0]!["languages"] = new JsonArray(), "$.principals[0].languages").Message);

    [Theory]
    [InlineData("ar-en")]
    [InlineData("ar/ar")]
    [InlineData("ar/en/fr")]
    public void ReportsABadLanguagePair(string pair) =>
        Assert.Equal($"'{pair}' is not a language pair", TestScenarios.ProblemAfter(d => d["interpreters"]![0]!["languagePairs"] = new JsonArray(pair), "$.interpreters[0].languagePairs[0]").Message);

    [Fact]
    public void ReportsABadInterpretationPairOfARequest() =>
        AssertSays("not a language pair", TestScenarios.ProblemAfter(d => d["requests"]![0]!["interpretation"] = new JsonArray("arabic"), "$.requests[0].interpretation[0]").Message);

    [Fact]
    public void ReportsABadFirstDayDateOnceWithoutFollowOnProblemsOutsideTheEvent()
    {
        var document = TestScenarios.Marrakech();
        document["event"]!["days"]![0]!["date"] = "2024-11-32";

        var problems = TestScenarios.Problems(document);

        Assert.Equal("$.event.days[0].date", Assert.Single(problems).Location);
    }

    [Fact]
    public void ReportsALowerCasePartyCodeOnceWithoutUnknownPartyReferences()
    {
        var document = TestScenarios.Marrakech();
        document["parties"]![0]!["code"] = "no";

        var problems = TestScenarios.Problems(document);

        Assert.Equal("$.parties[0].code", Assert.Single(problems).Location);
    }
}
