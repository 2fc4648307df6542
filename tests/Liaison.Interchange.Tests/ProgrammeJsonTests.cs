using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Interchange.Tests;

public class ProgrammeJsonTests
{
    private static (Scenario Scenario, Programme Programme, string Json) Written()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var programme = TestProgrammes.Marrakech(scenario);
        using var stream = new MemoryStream();
        ProgrammeFiles.WriteJson(scenario, programme, TestProgrammes.Objective, stream);
        return (scenario, programme, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void WritesTheDocumentedShape()
    {
        var json = JsonNode.Parse(Written().Json)!;

        Assert.Equal("92nd INTERPOL General Assembly", (string?)json["event"]);
        Assert.Equal("Africa/Casablanca", (string?)json["timeZone"]);
        Assert.Equal((2, 3), ((int)json["placed"]!, (int)json["requests"]!));
        var first = json["meetings"]![0]!;
        Assert.Equal("R02", (string?)first["requestId"]);
        Assert.Equal("2024-11-25T11:30:00+01:00", (string?)first["start"]);
        Assert.Equal("2024-11-25T12:15:00+01:00", (string?)first["end"]);
        Assert.Equal(("atlas", "Salon Atlas"), ((string?)first["room"], (string?)first["roomName"]));
        Assert.Equal(["del-et", "dg"], first["participants"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["ET"], first["counterparts"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(first["interpreters"]!.AsArray());
        Assert.False((bool)first["locked"]!);
        Assert.Equal("public", (string?)first["publicity"]);
        Assert.Equal(["organised-crime", "capacity-building"], first["topics"]!.AsArray().Select(n => (string?)n));
        var second = json["meetings"]![1]!;
        Assert.Equal(["int-ar-en-1"], second["interpreters"]!.AsArray().Select(n => (string?)n));
        Assert.True((bool)second["locked"]!);
        var unplaced = json["unplaced"]![0]!;
        Assert.Equal(("R03", "crowdedOut"), ((string?)unplaced["requestId"], (string?)unplaced["reasonCode"]));
        Assert.StartsWith("The times it fits", (string?)unplaced["reason"], StringComparison.Ordinal);
        Assert.Equal((7L, 10L, false, 0.3), ((long)json["objective"]!["value"]!, (long)json["objective"]!["bound"]!, (bool)json["objective"]!["optimal"]!, (double)json["objective"]!["gap"]!));
    }

    [Fact]
    public void WritesOffsetsAndArabicAsPeopleReadThem()
    {
        var document = TestScenarios.Marrakech();
        document["principals"]![0]!["title"] = "المدير العام للأمن الوطني";
        var scenario = TestScenarios.Parse(document);
        using var stream = new MemoryStream();

        ProgrammeFiles.WriteJson(scenario, TestProgrammes.Marrakech(scenario), TestProgrammes.Objective, stream);
        using var scenarioStream = new MemoryStream();
        ScenarioFile.Write(scenario, scenarioStream);

        var programmeText = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"2024-11-25T11:30:00+01:00\"", programmeText, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", programmeText, StringComparison.Ordinal);
        Assert.Contains("المدير العام للأمن الوطني", Encoding.UTF8.GetString(scenarioStream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void MatchesItsDocumentedSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "programme.schema.json")));
        using var written = JsonDocument.Parse(Written().Json);
        using var broken = JsonDocument.Parse(Written().Json.Replace("\"crowdedOut\"", "\"tooBusy\"", StringComparison.Ordinal));

        Assert.True(schema.Evaluate(written.RootElement).IsValid);
        Assert.False(schema.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public void WritesTheSameBytesEveryTime() => Assert.Equal(Written().Json, Written().Json);

    [Fact]
    public void ReadsBackWhatItWrote()
    {
        var (scenario, programme, json) = Written();

        var read = ProgrammeFiles.ParseJson(scenario, json, "programme.json");

        Assert.Equal(programme.Meetings.Count, read.Meetings.Count);
        foreach (var (expected, actual) in programme.Meetings.OrderBy(m => m.Time.Start).Zip(read.Meetings))
        {
            Assert.Equal((expected.RequestId, expected.Time, expected.RoomId, expected.Locked), (actual.RequestId, actual.Time, actual.RoomId, actual.Locked));
            Assert.Equal(expected.ParticipantIds, actual.ParticipantIds);
            Assert.Equal(expected.InterpreterIds, actual.InterpreterIds);
        }

        Assert.Equal(programme.Unplaced, read.Unplaced);
    }

    [Fact]
    public void ReadsAFileFromDisk()
    {
        var (scenario, _, json) = Written();
        var folder = Directory.CreateTempSubdirectory("liaison-programme-");
        try
        {
            var path = Path.Combine(folder.FullName, "programme.json");
            File.WriteAllText(path, json);

            Assert.Equal(2, ProgrammeFiles.ReadJson(scenario, path).Meetings.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReportsEveryUnknownReferenceAndBadTimeWithItsPath()
    {
        var (scenario, _, json) = Written();
        var document = JsonNode.Parse(json)!;
        var first = document["meetings"]![0]!;
        var second = document["meetings"]![1]!;
        first["room"] = "cellar";
        first["participants"]![1] = "dgx";
        first["end"] = "2024-11-25T12:00:00+01:00";
        second["interpreters"]![0] = "int-xx";
        second["start"] = "2024-11-26T10:00:00+00:00";
        document["unplaced"]![0]!["requestId"] = "R99";
        document["unplaced"]![0]!["reasonCode"] = "tooBusy";

        var error = Assert.Throws<InvalidFileException>(() => ProgrammeFiles.ParseJson(scenario, document.ToJsonString(), "programme.json"));

        var byPath = error.Problems.ToDictionary(p => p.Location, p => p.Message);
        Assert.Equal("unknown room 'cellar'", byPath["$.meetings[0].room"]);
        Assert.Equal("unknown participant 'dgx'", byPath["$.meetings[0].participants[1]"]);
        Assert.Equal("the meeting lasts 30 minutes but request 'R02' asks for 45", byPath["$.meetings[0].end"]);
        Assert.Equal("unknown interpreter 'int-xx'", byPath["$.meetings[1].interpreters[0]"]);
        Assert.Contains("is not the offset of Africa/Casablanca at that time (+01:00)", byPath["$.meetings[1].start"], StringComparison.Ordinal);
        Assert.Equal("unknown request 'R99'", byPath["$.unplaced[0].requestId"]);
        Assert.Equal("'tooBusy' is not a valid reasonCode", byPath["$.unplaced[0].reasonCode"]);
        Assert.Equal(7, error.Problems.Count);
    }

    [Fact]
    public void ReportsARequestPlacedTwiceAndAMalformedTime()
    {
        var (scenario, _, json) = Written();
        var document = JsonNode.Parse(json)!;
        document["meetings"]![1]!["requestId"] = "R02";
        document["meetings"]![1]!["start"] = "26/11/2024 10:00";

        var error = Assert.Throws<InvalidFileException>(() => ProgrammeFiles.ParseJson(scenario, document.ToJsonString(), "programme.json"));

        Assert.Contains(error.Problems, p => p.Location == "$.meetings[1].requestId" && p.Message == "the request 'R02' appears more than once");
        Assert.Contains(error.Problems, p => p.Location == "$.meetings[1].start" && p.Message.Contains("not a date and time with offset", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsAProgrammeOfAnotherZone()
    {
        var (scenario, _, json) = Written();
        var document = JsonNode.Parse(json)!;
        document["timeZone"] = "Europe/Paris";

        var error = Assert.Throws<InvalidFileException>(() => ProgrammeFiles.ParseJson(scenario, document.ToJsonString(), "programme.json"));

        Assert.Equal("$.timeZone", Assert.Single(error.Problems).Location);
    }

    [Fact]
    public void ReportsInvalidJsonWithLineAndColumn()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());

        var error = Assert.Throws<InvalidFileException>(() => ProgrammeFiles.ParseJson(scenario, "{\"meetings\": [}", "programme.json"));

        Assert.Contains("line 1, column", Assert.Single(error.Problems).Location, StringComparison.Ordinal);
    }
}
