using Liaison.Domain.Agreements;
using NodaTime;

namespace Liaison.Domain.Tests.Agreements;

public sealed class AgreementLifecycleTests
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Allowed = new()
    {
        [AgreementStatus.Draft] = [AgreementStatus.UnderNegotiation, AgreementStatus.Signed, AgreementStatus.Terminated],
        [AgreementStatus.UnderNegotiation] = [AgreementStatus.Draft, AgreementStatus.Signed, AgreementStatus.Terminated],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Terminated],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
    };

    private static readonly LocalDate Day = new(2024, 11, 26);

    public static TheoryData<AgreementStatus, AgreementStatus> EveryPair()
    {
        var data = new TheoryData<AgreementStatus, AgreementStatus>();
        foreach (var from in Enum.GetValues<AgreementStatus>())
        {
            foreach (var to in Enum.GetValues<AgreementStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void AllowsExactlyTheMovesOfTheTable(AgreementStatus from, AgreementStatus to)
    {
        Assert.Equal(Allowed[from].Contains(to), AgreementLifecycle.CanMove(from, to));
        Assert.Equal(Allowed[from], AgreementLifecycle.NextFrom(from));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void MoveToRecordsALegalMoveAndRefusesAnIllegalOne(AgreementStatus from, AgreementStatus to)
    {
        var agreement = In(from);

        if (Allowed[from].Contains(to))
        {
            var moved = agreement.MoveTo(to, Day, "officer", "note");
            Assert.Equal(to, moved.Status);
            Assert.Equal(new AgreementStatusChange(from, to, Day, "officer", "note"), moved.History[^1]);
            Assert.Equal(from, agreement.Status);
        }
        else
        {
            var error = Assert.Throws<AgreementTransitionException>(() => agreement.MoveTo(to, Day, "officer", null));
            Assert.Equal((from, to), (error.From, error.To));
            Assert.Equal(Allowed[from], error.Allowed);
            Assert.StartsWith($"An agreement cannot move from {from} to {to}. ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ErrorNamesTheAllowedNextStates()
    {
        var error = Assert.Throws<AgreementTransitionException>(() => In(AgreementStatus.Draft).MoveTo(AgreementStatus.InForce, Day, "officer", null));

        Assert.Equal("An agreement cannot move from Draft to InForce. From Draft it may move to UnderNegotiation, Signed or Terminated.", error.Message);
    }

    [Fact]
    public void ErrorSaysAFinalStateAllowsNothing()
    {
        var error = Assert.Throws<AgreementTransitionException>(() => In(AgreementStatus.Expired).MoveTo(AgreementStatus.InForce, Day, "officer", null));

        Assert.Equal("An agreement cannot move from Expired to InForce. Expired is final: it allows no further move.", error.Message);
    }

    [Fact]
    public void SigningAndEntryIntoForceFillTheirDatesWhenUnset()
    {
        var signed = In(AgreementStatus.Draft).MoveTo(AgreementStatus.Signed, Day, "officer", null);
        var inForce = signed.MoveTo(AgreementStatus.InForce, Day.PlusDays(30), "officer", null);

        Assert.Equal(Day, signed.SignedOn);
        Assert.Null(signed.EntryIntoForce);
        Assert.Equal((Day, Day.PlusDays(30)), (inForce.SignedOn!.Value, inForce.EntryIntoForce!.Value));
        Assert.Equal([AgreementStatus.Signed, AgreementStatus.InForce], inForce.History.Select(h => h.To));
    }

    [Fact]
    public void RefusesAMoveDatedBeforeTheLastOne()
    {
        var signed = In(AgreementStatus.Draft).MoveTo(AgreementStatus.Signed, Day, "officer", null);

        var error = Assert.Throws<ArgumentException>(() => signed.MoveTo(AgreementStatus.InForce, Day.PlusDays(-1), "officer", null));

        Assert.StartsWith("Agreement 'mou' cannot move on 2024-11-25, before its last recorded move on 2024-11-26; moves are kept in date order.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAHistoryThatDoesNotEndInTheStatus()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(AgreementStatus.Draft,
            [new AgreementStatusChange(AgreementStatus.Draft, AgreementStatus.UnderNegotiation, Day, "officer", null)]));

        Assert.Equal("Agreement 'mou' is Draft but its last recorded move is to UnderNegotiation.", error.Message);
    }

    [Fact]
    public void RefusesAHistoryWithAGap()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(AgreementStatus.InForce,
        [
            new AgreementStatusChange(AgreementStatus.Draft, AgreementStatus.Signed, Day, "officer", null),
            new AgreementStatusChange(AgreementStatus.UnderNegotiation, AgreementStatus.Signed, Day, "officer", null),
        ], Day, Day));

        Assert.Equal("Agreement 'mou' has a history that moves from UnderNegotiation after it had moved to Signed.", error.Message);
    }

    [Fact]
    public void RefusesAnIllegalRecordedMove()
    {
        Assert.Throws<AgreementTransitionException>(() => new AgreementStatusChange(AgreementStatus.Terminated, AgreementStatus.Draft, Day, "officer", null));
    }

    [Fact]
    public void RefusesASignedAgreementWithoutASignatureDate()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(AgreementStatus.Signed, []));

        Assert.Equal("Agreement 'mou' is Signed but has no signature date.", error.Message);
    }

    [Fact]
    public void RefusesEntryIntoForceBeforeSignature()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(AgreementStatus.InForce, [], Day, Day.PlusDays(-1)));

        Assert.Equal("Agreement 'mou' enters into force (2024-11-25) before it is signed (2024-11-26).", error.Message);
    }

    private static Agreement In(AgreementStatus status) => status switch
    {
        AgreementStatus.Signed => Create(status, [], Day.PlusDays(-10)),
        AgreementStatus.InForce or AgreementStatus.Expired => Create(status, [], Day.PlusDays(-10), Day.PlusDays(-5)),
        _ => Create(status, []),
    };

    private static Agreement Create(AgreementStatus status, AgreementStatusChange[] history, LocalDate? signedOn = null, LocalDate? inForce = null) =>
        new("mou", AgreementKind.MemorandumOfUnderstanding, new Dictionary<string, string> { ["en"] = "MoU", ["ar"] = "مذكرة تفاهم" },
            "NO", "Norwegian Police", null, signedOn, null, null, ["cross-border-crime"], status, history, inForce, 60, null);
}
