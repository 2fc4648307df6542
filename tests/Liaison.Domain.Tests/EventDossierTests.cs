using Liaison.Domain.Topics;
using NodaTime;

namespace Liaison.Domain.Tests;

public sealed class EventDossierTests
{
    private static readonly LocalDate FirstDay = new(2025, 6, 10);
    private static readonly Scenario Scenario = TestDossier.Scenario(FirstDay);

    [Fact]
    public void HoldsConsistentRecordsAgreementsAndCommitments()
    {
        var dossier = TestDossier.Dossier(Scenario,
            [TestDossier.Record(Scenario, "R1", 1, 10)],
            [TestDossier.Mou("mou-no", "NO", FirstDay, "R1")],
            [TestDossier.Commitment("c1", FirstDay.PlusDays(30), "mou-no"), TestDossier.Commitment("c2", FirstDay.PlusDays(10), requestId: "R1")]);

        Assert.Equal("R1", dossier.RecordOf("R1")!.RequestId);
        Assert.Null(dossier.RecordOf("R2"));
        Assert.Equal("NO", dossier.Agreement("mou-no")!.PartnerPartyCode);
        Assert.Equal(["NO"], dossier.PartnerPartyCodes("R1"));
    }

    public static TheoryData<string, Func<EventDossier>> BrokenDossiers() => new()
    {
        { "A meeting record names unknown meeting request 'R9'.", () => TestDossier.Dossier(Scenario, [TestDossier.Record(Scenario, "R9", 1, 10)]) },
        { "Meeting request 'R1' has two records; keep one.", () => TestDossier.Dossier(Scenario, [TestDossier.Record(Scenario, "R1", 1, 10), TestDossier.Record(Scenario, "R1", 1, 11)]) },
        { "The record of 'R1' names topic 'piracy', which is not in the event's topics.", () => TestDossier.Dossier(Scenario, [TestDossier.Record(Scenario, "R1", 1, 10, "piracy")]) },
        { "Agreement 'mou' names unknown party 'SE'.", () => TestDossier.Dossier(Scenario, agreements: [TestDossier.Mou("mou", "SE", FirstDay)]) },
        { "Agreement 'mou' names unknown meeting request 'R9'.", () => TestDossier.Dossier(Scenario, agreements: [TestDossier.Mou("mou", "NO", FirstDay, "R9")]) },
        { "Agreement 'mou' is with 'NO', which takes no part in meeting request 'R2'.", () => TestDossier.Dossier(Scenario, agreements: [TestDossier.Mou("mou", "NO", FirstDay, "R2")]) },
        { "Two agreements share the id 'mou'.", () => TestDossier.Dossier(Scenario, agreements: [TestDossier.Mou("mou", "NO", FirstDay), TestDossier.Mou("mou", "SN", FirstDay)]) },
        { "Commitment 'c1' falls under unknown agreement 'mou'.", () => TestDossier.Dossier(Scenario, commitments: [TestDossier.Commitment("c1", FirstDay, "mou")]) },
        { "Commitment 'c1' names unknown meeting request 'R9'.", () => TestDossier.Dossier(Scenario, commitments: [TestDossier.Commitment("c1", FirstDay, requestId: "R9")]) },
        { "Two commitments share the id 'c1'.", () => TestDossier.Dossier(Scenario, commitments: [TestDossier.Commitment("c1", FirstDay, requestId: "R1"), TestDossier.Commitment("c1", FirstDay, requestId: "R2")]) },
    };

    [Theory]
    [MemberData(nameof(BrokenDossiers))]
    public void RefusesABrokenCrossReferenceNamingBothEnds(string message, Func<EventDossier> create)
    {
        var error = Assert.Throws<ArgumentException>(create);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void AgreementSubjectsMustBeInTheTaxonomy()
    {
        var onlyTerrorism = new TopicTaxonomy([TopicTaxonomy.Default.Find("terrorism")!]);

        var error = Assert.Throws<ArgumentException>(() => new EventDossier(Scenario, onlyTerrorism, [], [TestDossier.Mou("mou", "NO", FirstDay)], []));

        Assert.Equal("Agreement 'mou' names topic 'cross-border-crime', which is not in the event's topics.", error.Message);
    }

    [Fact]
    public void TodayIsTheEventLocalDate()
    {
        var dossier = EventDossier.Of(Scenario);

        Assert.Equal(new LocalDate(2025, 6, 11), dossier.Today(Instant.FromUtc(2025, 6, 10, 22, 30)));
    }
}
