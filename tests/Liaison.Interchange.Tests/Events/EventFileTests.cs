using System.Text;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using NodaTime;

namespace Liaison.Interchange.Tests.Events;

public sealed class EventFileTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "marrakech-2024", "scenario.json");

    [Fact]
    public void ReadsTheSampleWithARecordOfEveryMeetingTheTwoMousAndTheirCommitments()
    {
        var dossier = EventFile.Read(SamplePath);

        Assert.Equal(43, dossier.Records.Count);
        Assert.All(dossier.Scenario.Requests, r => Assert.Equal(r.Publicity, dossier.RecordOf(r.Id)!.Publicity));
        Assert.Equal(18, dossier.Records.Count(r => r.Confidentiality == Confidentiality.Restricted));
        Assert.Equal(
            [("ET", "R14", AgreementStatus.Signed, new LocalDate(2024, 11, 25)), ("NO", "R22", AgreementStatus.Signed, new LocalDate(2024, 11, 26))],
            dossier.Agreements.Select(a => (a.PartnerPartyCode, a.MeetingRequestId!, a.Status, a.SignedOn!.Value)));
        Assert.Equal([3, 2], dossier.Agreements.Select(a => dossier.Commitments.Count(c => c.AgreementId == a.Id)));
        Assert.Equal(MeetingOutcome.AgreementSigned, dossier.RecordOf("R22")!.Outcome);
        Assert.Equal("مجلس وزراء الداخلية العرب", dossier.Scenario.Party("AIMC").Names["ar"]);
        Assert.All(["AIMC", "NAUSS", "UN"], code => Assert.Equal(["ar", "en", "es", "fr"], dossier.Scenario.Party(code).Names.Keys));
        Assert.Equal(8, dossier.Topics.All.Count);
    }

    [Fact]
    public void ScenarioFileStillReadsAnEventFile()
    {
        var scenario = ScenarioFile.Read(SamplePath);

        Assert.Equal(43, scenario.Requests.Count);
    }

    [Fact]
    public void ReadWriteReadGivesTheSameDossier()
    {
        var first = EventFile.Read(SamplePath);

        var written = Write(first);
        var second = EventFile.Parse(written, "written.json");

        Assert.Equivalent(first.Records, second.Records, strict: true);
        Assert.Equivalent(first.Agreements, second.Agreements, strict: true);
        Assert.Equal(first.Commitments, second.Commitments);
        Assert.Equivalent(first.Topics.All, second.Topics.All, strict: true);
        Assert.Equal(first.Scenario.Parties, second.Scenario.Parties);
        Assert.Equal(written, Write(second));
    }

    [Fact]
    public void ARetiredTopicIsWrittenMarkedAndReadBackRetiredWhileTheRecordAndAgreementNamingItKeepIt()
    {
        var sample = EventFile.Read(SamplePath);
        var topics = new TopicTaxonomy(sample.Topics.All.Select(t => new Topic(t.Code, t.Names, retired: t.Code == "cross-border-crime")));
        var dossier = new EventDossier(sample.Scenario, topics, sample.Records, sample.Agreements, sample.Commitments);

        var written = Write(dossier);
        var read = EventFile.Parse(written, "written.json");

        Assert.Equal(1, CountOf(written, "\"retired\": true"));
        Assert.Equal(["cross-border-crime"], read.Topics.All.Where(t => t.Retired).Select(t => t.Code));
        Assert.Equal(["cross-border-crime"], read.RecordOf("R22")!.TopicCodes);
        Assert.Equal(["cross-border-crime"], read.Agreements.Single(a => a.Id == "mou-no-2024").SubjectTopicCodes);
        Assert.Equal(written, Write(read));
    }

    [Fact]
    public void AScenarioFileReadsAsAnEventWithNoRecordsAndTheDefaultTopics()
    {
        var dossier = EventFile.Parse(TestScenarios.Marrakech().ToJsonString(), "scenario.json");

        Assert.Empty(dossier.Records);
        Assert.Empty(dossier.Agreements);
        Assert.Same(Liaison.Domain.Topics.TopicTaxonomy.Default, dossier.Topics);
    }

    [Fact]
    public void ReportsEveryProblemOfTheNewSectionsWithItsPath()
    {
        var document = TestScenarios.Marrakech();
        document["topics"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [ { "code": "organised-crime", "names": { "ar": "الجريمة المنظمة", "en": "Organised crime", "es": "Delincuencia organizada", "fr": "Criminalité organisée" } },
              { "code": "terrorism", "names": { "ar": "الإرهاب", "en": "Terrorism" } } ]
            """);
        document["records"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [ { "request": "R01", "start": "2024-11-25T11:00", "end": "2024-11-25T11:30", "topics": ["organised-crim"], "outcome": "follow-up-agreed" },
              { "request": "R99", "start": "2024-11-25T12:00", "end": "2024-11-25T11:30", "outcome": "great" } ]
            """);
        document["agreements"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [ { "id": "mou-no", "kind": "memorandum-of-understanding", "titles": { "en": "MoU" }, "party": "NO", "request": "R02", "status": "in-force",
                "history": [ { "from": "draft", "to": "in-force", "on": "2024-11-25", "by": "officer" } ] },
              { "id": "mou-et", "kind": "memorandum-of-understanding", "titles": { "en": "MoU" }, "party": "ET", "status": "signed" } ]
            """);
        document["commitments"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [ { "id": "c1", "description": "Exchange contact points", "ownerUnit": "Cooperation", "due": "2025-01-31", "status": "open", "agreement": "mou-xx" },
              { "id": "c2", "description": "Train", "ownerUnit": "Training", "due": "31/01/2025", "status": "late" } ]
            """);

        var problems = Assert.Throws<InvalidFileException>(() => EventFile.Parse(document.ToJsonString(), "event.json")).Problems;

        Assert.Equal(
        [
            "$.topics[1].names: the topic 'terrorism' has no name in es, fr",
            "$.records[0].topics[0]: unknown topic 'organised-crim'",
            "$.records[1].request: unknown meeting request 'R99'",
            "$.records[1].end: 'end' (2024-11-25T11:30) is not after 'start' (2024-11-25T12:00)",
            "$.records[1].outcome: 'great' is not a valid outcome",
            "$.agreements[0].request: the party 'NO' takes no part in meeting request 'R02'",
            "$.agreements[0].history[0].to: An agreement cannot move from Draft to InForce. From Draft it may move to UnderNegotiation, Signed or Terminated",
            "$.agreements[1]: Agreement 'mou-et' is Signed but has no signature date",
            "$.commitments[0].agreement: unknown agreement 'mou-xx'",
            "$.commitments[1].due: '31/01/2025' is not a date",
            "$.commitments[1].status: 'late' is not a valid status",
            "$.commitments[1]: the commitment belongs to neither an agreement nor a meeting",
        ], problems.Select(p => $"{p.Location}: {p.Message}"));
        Assert.All(problems, p => Assert.Equal("event.json", p.File));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Fix)));
    }

    [Fact]
    public void RecordsWrittenAsWithheldAreMarkedAndRefusedOnReading()
    {
        var dossier = EventFile.Read(SamplePath);

        var written = Write(dossier, new HashSet<string> { "R26" });
        var refused = Assert.Throws<InvalidFileException>(() => EventFile.Parse(written, "export.json"));

        Assert.Equal(1, CountOf(written, "\"withheld\": true"));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal($"$.records[{dossier.Records.ToList().FindIndex(r => r.RequestId == "R26")}].withheld", problem.Location);
        Assert.Contains("confidential clearance", problem.Fix, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Write(EventDossier dossier, IReadOnlySet<string>? withheld = null)
    {
        using var stream = new MemoryStream();
        EventFile.Write(dossier, stream, withheld);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
