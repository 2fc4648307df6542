using Liaison.Domain.Partners;
using NodaTime;

namespace Liaison.Domain.Tests.Partners;

public sealed class PartnerHistoryTests
{
    private static readonly LocalDate Earlier = new(2023, 5, 2);
    private static readonly LocalDate Later = new(2025, 6, 10);

    [Fact]
    public void ListsMeetingsAgreementsAndCommitmentsOfEveryEventInTimeOrder()
    {
        var (before, after) = TwoEvents();

        var history = PartnerHistory.Build("NO", [after, before]);

        Assert.Equal(
        [
            "Summit 2023 meeting R1", "Summit 2025 meeting R1", "Summit 2025 agreement mou-no",
            "Summit 2025 commitment c-mou", "Summit 2025 commitment c-meeting",
        ], history.Entries.Select(Describe));
        Assert.Equal(Later.PlusDays(1), history.Entries[2].Date);
    }

    [Fact]
    public void KeepsOtherPartnersOut()
    {
        var (before, after) = TwoEvents();

        var history = PartnerHistory.Build("SN", [before, after]);

        Assert.Equal(["Summit 2025 meeting R2"], history.Entries.Select(Describe));
    }

    [Fact]
    public void APartnerIsNewAtItsFirstEventOnly()
    {
        var (before, after) = TwoEvents();
        var norway = PartnerHistory.Build("NO", [before, after]);
        var senegal = PartnerHistory.Build("SN", [before, after]);

        Assert.True(norway.IsNewAt(before.Event));
        Assert.False(norway.IsNewAt(after.Event));
        Assert.True(senegal.IsNewAt(after.Event));
    }

    [Fact]
    public void AnAgreementSignedOnTheFirstDayDoesNotMakeThePartnerOld()
    {
        var scenario = TestDossier.Scenario(Later);
        var dossier = TestDossier.Dossier(scenario, agreements: [TestDossier.Mou("mou-no", "NO", Later)]);

        Assert.True(PartnerHistory.Build("NO", [dossier]).IsNewAt(dossier.Event));
    }

    [Fact]
    public void AnEarlierAgreementWithoutAMeetingMakesThePartnerOld()
    {
        var before = TestDossier.Dossier(TestDossier.Scenario(Earlier), agreements: [TestDossier.Mou("mou-sn", "SN", Earlier.PlusDays(1))]);
        var after = TestDossier.Dossier(TestDossier.Scenario(Later));

        Assert.False(PartnerHistory.Build("SN", [before, after]).IsNewAt(after.Event));
    }

    private static (EventDossier Before, EventDossier After) TwoEvents()
    {
        var first = TestDossier.Scenario(Earlier);
        var second = TestDossier.Scenario(Later);
        var before = TestDossier.Dossier(first, [TestDossier.Record(first, "R1", 2, 10)]);
        var after = TestDossier.Dossier(second,
            [TestDossier.Record(second, "R2", 1, 9), TestDossier.Record(second, "R1", 1, 15)],
            [TestDossier.Mou("mou-no", "NO", Later.PlusDays(1), "R1")],
            [TestDossier.Commitment("c-meeting", Later.PlusDays(60), requestId: "R1"), TestDossier.Commitment("c-mou", Later.PlusDays(30), "mou-no")]);
        return (before, after);
    }

    private static string Describe(PartnerHistoryEntry entry) => entry switch
    {
        PartnerMeeting m => $"{entry.Event.Name} meeting {m.Record.RequestId}",
        PartnerAgreement a => $"{entry.Event.Name} agreement {a.Agreement.Id}",
        PartnerCommitment c => $"{entry.Event.Name} commitment {c.Commitment.Id}",
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };
}
