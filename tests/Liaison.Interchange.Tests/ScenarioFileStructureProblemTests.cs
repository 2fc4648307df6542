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

    [Theory]
    [InlineData("", "the file is empty", "$ (line 1, column 1)")]
    [InlineData("{\n  \"formatVersion\": 1,\n}", "a trailing comma after the last member or element", "$ (line 3, column 1)")]
    [InlineData("{\n  // note\n  \"formatVersion\": 1\n}", "a comment (JSON does not allow comments)", "$ (line 2, column 3)")]
    [InlineData("{\n  formatVersion: 1\n}", "a member name without double quotes", "$ (line 2, column 3)")]
    [InlineData("{\n  \"formatVersion\": 1\n  \"event\": {}\n}", "a missing comma between members or elements", "$ (line 3, column 3)")]
    [InlineData("{\n  \"formatVersion\": \"1", "a string that is never closed (a missing closing double quote)", "$ (line 2, column 22)")]
    public void PutsCommonSyntaxErrorsInPlainWordsWithLineAndColumn(string json, string explanation, string location)
    {
        var problem = Assert.Single(TestScenarios.ProblemsOf(json));

        Assert.Equal($"the file is not valid JSON: {explanation}", problem.Message);
        Assert.Equal(location, problem.Location);
    }

    [Fact]
    public void ReportsAValueOfTheWrongType()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![0]!["durationMinutes"] = "30";

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.requests[0].durationMinutes");

        Assert.Contains("should be a whole number", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000000000000")]
    [InlineData("2.5")]
    [InlineData("\"3\"")]
    public void ReportsAPriorityThatIsNotAWholeNumberWithItsRangeAndAnExample(string priority)
    {
        var text = TestScenarios.Marrakech().ToJsonString().Replace("\"priority\":4", $"\"priority\":{priority}", StringComparison.Ordinal);

        var problem = TestScenarios.At(TestScenarios.ProblemsOf(text), "$.requests[0].priority");

        Assert.StartsWith("'priority' should be a whole number from 1 (lowest) to 5 (highest) but is ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("write a whole number from 1 (lowest) to 5 (highest), e.g. 3 (digits without quotes)", problem.Fix);
    }

    [Theory]
    [InlineData("3e1")]
    [InlineData("30.0")]
    public void AcceptsAWholeNumberWrittenWithAnExponentOrAFraction(string duration)
    {
        var document = TestScenarios.Marrakech();
        var text = document.ToJsonString().Replace($"\"durationMinutes\":{document["requests"]![0]!["durationMinutes"]}", $"\"durationMinutes\":{duration}", StringComparison.Ordinal);

        var scenario = ScenarioFile.Parse(text, "test.json");

        Assert.Equal(30, scenario.Requests[0].DurationMinutes);
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
    public void SuggestsTheMemberAMisspeltNameWasMeantToBe()
    {
        var text = TestScenarios.Marrakech().ToJsonString().Replace("\"durationMinutes\":30", "\"duratonMinutes\":30", StringComparison.Ordinal);

        var problem = TestScenarios.At(TestScenarios.ProblemsOf(text), "$.requests[0].duratonMinutes");

        Assert.StartsWith("did you mean 'durationMinutes'?", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestsTheZoneAMisspeltNameWasMeantToBe()
    {
        var document = TestScenarios.Marrakech();
        document["event"]!["timeZone"] = "Africa/Casablance";

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.event.timeZone");

        Assert.StartsWith("did you mean 'Africa/Casablanca'?", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void OffersNoSuggestionForANameFarFromEveryMember()
    {
        var document = TestScenarios.Marrakech();
        document["rooms"]![0]!["seats"] = 4;

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.rooms[0].seats");

        Assert.StartsWith("remove it or use one of", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAMemberGivenTwice()
    {
        var text = TestScenarios.Marrakech().ToJsonString().Replace("\"formatVersion\":1,", "\"formatVersion\":1,\"formatVersion\":1,", StringComparison.Ordinal);

        var problem = TestScenarios.At(TestScenarios.ProblemsOf(text), "$.formatVersion");

        Assert.Equal("member 'formatVersion' is given twice", problem.Message);
    }

    [Theory]
    [InlineData("requests", "priority", "$.requests[0].priority")]
    [InlineData("event", "timeZone", "$.event.timeZone")]
    [InlineData("rooms", "capacity", "$.rooms[0].capacity")]
    [InlineData("source", "title", "$.source.title")]
    public void ReportsAMemberGivenTwiceInANestedObject(string list, string member, string path)
    {
        var document = TestScenarios.Marrakech();
        var target = (document[list] is System.Text.Json.Nodes.JsonArray array ? array[0] : document[list])!.AsObject();
        var value = target[member]!.ToJsonString();
        var marker = $"\"{member}\":{value}";
        var text = document.ToJsonString();
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        text = text.Insert(at, marker + ",");

        var problems = TestScenarios.ProblemsOf(text);

        Assert.Equal("member '" + member + "' is given twice", TestScenarios.At(problems, path).Message);
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
