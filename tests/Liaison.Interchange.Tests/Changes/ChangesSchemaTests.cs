using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Liaison.Interchange.Changes;

namespace Liaison.Interchange.Tests.Changes;

/// <summary>docs/changes.schema.json and the changes reader agree, so neither can drift from the format.</summary>
public class ChangesSchemaTests
{
    private static bool SchemaAccepts(JsonNode document)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "changes.schema.json")));
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        return schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void SchemaAcceptsAFileTheReaderAccepts()
    {
        var document = TestChanges.EveryKind();

        Assert.Equal(7, TestChanges.Parse(document).Count);
        Assert.True(SchemaAccepts(document));
    }

    public static TheoryData<string, string> Breakages() => new()
    {
        { "unknown kind", "{ \"kind\": \"meteorite\" }" },
        { "missing member", "{ \"kind\": \"lateArrival\", \"delegation\": \"del-no\" }" },
        { "unknown member", "{ \"kind\": \"cancellation\", \"request\": \"R01\", \"reason\": \"x\" }" },
        { "time with an offset", "{ \"kind\": \"roomLost\", \"room\": \"atlas\", \"from\": \"2024-11-25T12:00+01:00\" }" },
        { "blank label", "{ \"kind\": \"principalBusy\", \"principal\": \"dg\", \"start\": \"2024-11-25T16:00\", \"end\": \"2024-11-25T17:00\", \"label\": \" \" }" },
        { "new request without publicity", "{ \"kind\": \"newRequest\", \"request\": { \"id\": \"R09\", \"requestedBy\": \"del-no\", \"invitees\": [\"dg\"], \"durationMinutes\": 30 } }" },
        { "priority out of range", "{ \"kind\": \"newRequest\", \"request\": { \"id\": \"R09\", \"requestedBy\": \"del-no\", \"invitees\": [\"dg\"], \"durationMinutes\": 30, \"priority\": 9, \"publicity\": \"public\" } }" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void SchemaAndReaderBothRejectABrokenChange(string what, string change)
    {
        var document = TestChanges.With(change);

        Assert.False(SchemaAccepts(document), $"the schema accepts a file with a {what}");
        Assert.NotEmpty(TestChanges.Problems(document));
    }

    [Fact]
    public void SchemaAndReaderBothRejectAFileWithoutChanges()
    {
        var document = TestChanges.EveryKind();
        document.Remove("changes");

        Assert.False(SchemaAccepts(document));
        Assert.Contains(TestChanges.Problems(document), p => p.Location == "$.changes");
    }

    [Fact]
    public void SchemaAndReaderAcceptTheSampleChangesFile()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "marrakech-2024");
        var scenario = ScenarioFile.Read(Path.Combine(samples, "scenario.json"));
        var path = Path.Combine(samples, "changes.json");

        var changes = ChangesFile.Read(scenario, path);

        Assert.Equal(["RequestCancelled", "DelegationArrivesLate", "RoomLost", "RequestAdded"], changes.Select(c => c.GetType().Name));
        Assert.True(SchemaAccepts(JsonNode.Parse(File.ReadAllText(path))!));
    }
}
