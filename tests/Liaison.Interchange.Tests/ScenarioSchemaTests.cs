using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Liaison.Interchange.Tests;

/// <summary>docs/scenario.schema.json and the reader agree, so neither can drift from the format.</summary>
public class ScenarioSchemaTests
{
    private static JsonSchema LoadSchema() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "scenario.schema.json")));

    private static bool SchemaAccepts(JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        return LoadSchema().Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void SchemaAcceptsAScenarioTheReaderAccepts()
    {
        var document = TestScenarios.Marrakech();

        TestScenarios.Parse(document);
        Assert.True(SchemaAccepts(document));
    }

    [Fact]
    public void SchemaAcceptsWhatTheWriterWrites()
    {
        using var stream = new MemoryStream();
        ScenarioFile.Write(TestScenarios.Parse(TestScenarios.Marrakech()), stream);

        Assert.True(SchemaAccepts(JsonNode.Parse(stream.ToArray())!));
    }

    [Fact]
    public void SchemaAcceptsTheSampleEventFileAndWhatTheEventWriterWrites()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "marrakech-2024", "scenario.json");
        using var stream = new MemoryStream();
        EventFile.Write(EventFile.Read(sample), stream);

        Assert.True(SchemaAccepts(JsonNode.Parse(File.ReadAllText(sample))!));
        Assert.True(SchemaAccepts(JsonNode.Parse(stream.ToArray())!));
    }

    public static TheoryData<string, string, string> Breakages() => new()
    {
        { "unknown member", "$.rooms[0]", "{\"id\":\"atlas\",\"name\":\"Salon Atlas\",\"capacity\":12,\"seats\":4}" },
        { "wrong type", "$.requests[0].durationMinutes", "\"30\"" },
        { "priority out of range", "$.requests[0].priority", "6" },
        { "value outside its list", "$.requests[0].publicity", "\"secret\"" },
        { "bad local time", "$.delegations[0].arrival", "\"2024-11-24 08:00\"" },
        { "bad language pair", "$.interpreters[0].languagePairs", "[\"ar-en\"]" },
        { "country code of three letters", "$.parties[0].code", "\"NOR\"" },
        { "unsupported version", "$.formatVersion", "2" },
        { "step that does not divide an hour", "$.event.planningStepMinutes", "7" },
        { "room for one", "$.rooms[1].capacity", "1" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void SchemaAndReaderBothRejectABrokenDocument(string what, string path, string value)
    {
        var document = TestScenarios.Marrakech();
        Replace(document, path, JsonNode.Parse(value));

        Assert.False(SchemaAccepts(document), $"the schema accepts a document with a {what}");
        Assert.Contains(TestScenarios.Problems(document), p => p.Location.StartsWith(path, StringComparison.Ordinal));
    }

    /// <summary>Replaces the value at a simple JSON path such as <c>$.requests[0].priority</c>.</summary>
    private static void Replace(JsonNode document, string path, JsonNode? value)
    {
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = document;
        foreach (var step in steps[..^1])
        {
            node = step.StartsWith('[') ? node[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
