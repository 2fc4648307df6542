using System.Text.Json.Nodes;

namespace Liaison.Interchange.Tests;

/// <summary>Problems of JSON shape: syntax, types, missing, unknown and repeated members, versions, enums.</summary>
public class ScenarioFileStructureProblemTests
{
    [Fact]
    public void ReportsASyntaxErrorWithLineAndColumn()
    {
        var problems = TestScenarios.ProblemsOf("{\n  \"formatVersion\": 1,\n  \"event\": }\n");

        var problem = Assert.Single(problems);
        Assert.Equal("$ (line 3, column 12)", problem.Location);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAValueOfTheWrongType()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![0]!["durationMinutes"] = "30";

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[0].durationMinutes");

        Assert.Contains("should be a whole number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAMissingRequiredMember()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![1]!.AsObject().Remove("publicity");

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[1].publicity");

        Assert.Equal("the required member 'publicity' is missing", problem.Message);
    }

    [Fact]
    public void ReportsAnUnknownMemberAndListsTheAllowedOnes()
    {
        var document = TestScenarios.Marrakech();
        document["rooms"]![0]!["seats"] = 4;

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.rooms[0].seats");

        Assert.Equal("unknown member 'seats'", problem.Message);
        Assert.Contains("capacity", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestsTheRightSpellingOfAMemberWrittenInAnotherCase()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![2]!["Priority"] = 2;

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[2].Priority");

        Assert.Contains("'priority'", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAMemberGivenTwice()
    {
        var text = TestScenarios.Marrakech().ToJsonString().Replace("\"formatVersion\":1,", "\"formatVersion\":1,\"formatVersion\":1,", StringComparison.Ordinal);

        var problem = TestScenarios.At(TestScenarios.ProblemsOf(text), "$.formatVersion");

        Assert.Contains("more than once", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnUnsupportedFormatVersion()
    {
        var document = TestScenarios.Marrakech();
        document["formatVersion"] = 2;

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.formatVersion");

        Assert.Equal("format version 2 is not supported", problem.Message);
    }

    [Fact]
    public void ReportsAValueOutsideItsList()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![0]!["publicity"] = "secret";

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[0].publicity");

        Assert.Contains("public, confidential", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnObjectWhereAListIsExpected()
    {
        var document = TestScenarios.Marrakech();
        document["rooms"] = new JsonObject { ["id"] = "atlas" };

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.rooms");

        Assert.Contains("should be a list", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnEntryThatIsNotAnObject()
    {
        var document = TestScenarios.Marrakech();
        document["parties"]!.AsArray().Add("FR");

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.parties[3]");

        Assert.Contains("expected an object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsEveryProblemNotOnlyTheFirst()
    {
        var document = TestScenarios.Marrakech();
        document["event"]!["timeZone"] = "Mars/Olympus";
        document["rooms"]![1]!["capacity"] = 1;
        document["requests"]![0]!["invitees"] = new JsonArray("del-xx");
        document["requests"]![1]!["durationMinutes"] = 7;
        document["requests"]![2]!["priority"] = 9;
        document["delegations"]![0]!["languages"] = new JsonArray("english");

        var problems = TestScenarios.Problems(document);

        Assert.Equal(
            ["$.delegations[0].languages[0]", "$.event.timeZone", "$.requests[0].invitees[0]", "$.requests[1].durationMinutes", "$.requests[2].priority", "$.rooms[1].capacity"],
            problems.Select(p => p.Location).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ProblemsReadAsOneLineNamingFileLocationAndFix()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![0]!["invitees"] = new JsonArray("del-xx");

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[0].invitees[0]");

        Assert.Equal("test.json: $.requests[0].invitees[0]: unknown participant 'del-xx'. Fix: use the id of an entry of $.principals or $.delegations.", problem.ToString());
    }
}
