using Liaison.Domain.Commitments;
using NodaTime;

namespace Liaison.Domain.Tests.Commitments;

public sealed class CommitmentTests
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    [Theory]
    [InlineData(CommitmentStatus.Open, true)]
    [InlineData(CommitmentStatus.InProgress, true)]
    [InlineData(CommitmentStatus.Done, false)]
    [InlineData(CommitmentStatus.Cancelled, false)]
    public void OnlyPendingCommitmentsAreOverdueOrDueSoon(CommitmentStatus status, bool pending)
    {
        var commitment = Due(new LocalDate(2025, 3, 10)).WithStatus(status);

        Assert.Equal(pending, commitment.IsOverdue(new LocalDate(2025, 3, 11)));
        Assert.Equal(pending, commitment.IsDueWithin(new LocalDate(2025, 3, 3), 7));
    }

    [Fact]
    public void IsOverdueFromTheDayAfterItsDueDate()
    {
        var commitment = Due(new LocalDate(2025, 3, 10));

        Assert.False(commitment.IsOverdue(new LocalDate(2025, 3, 10)));
        Assert.True(commitment.IsOverdue(new LocalDate(2025, 3, 11)));
    }

    [Fact]
    public void IsDueWithinCountsTodayAndTheLastDayButNotOverdueOnes()
    {
        var commitment = Due(new LocalDate(2025, 3, 10));

        Assert.True(commitment.IsDueWithin(new LocalDate(2025, 3, 10), 0));
        Assert.True(commitment.IsDueWithin(new LocalDate(2025, 3, 3), 7));
        Assert.False(commitment.IsDueWithin(new LocalDate(2025, 3, 2), 7));
        Assert.False(commitment.IsDueWithin(new LocalDate(2025, 3, 11), 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => commitment.IsDueWithin(new LocalDate(2025, 3, 10), -1));
    }

    [Fact]
    public void TurnsOverdueAtLocalMidnightBeforeRamadanWhenUtcIsStillTheDayBefore()
    {
        var midnight = EventTime.ToInstant(Casablanca, new LocalDateTime(2025, 2, 21, 0, 0));
        var commitment = Due(new LocalDate(2025, 2, 20));

        Assert.Equal(Offset.FromHours(1), Casablanca.GetUtcOffset(midnight));
        Assert.Equal(new LocalDate(2025, 2, 20), midnight.InUtc().Date);
        Assert.False(commitment.IsOverdue(EventTime.Today(Casablanca, midnight - Duration.Epsilon)));
        Assert.True(commitment.IsOverdue(EventTime.Today(Casablanca, midnight)));
    }

    [Fact]
    public void TurnsOverdueAtLocalMidnightDuringRamadanWhenTheZoneIsOnUtc()
    {
        var midnight = EventTime.ToInstant(Casablanca, new LocalDateTime(2025, 3, 11, 0, 0));
        var commitment = Due(new LocalDate(2025, 3, 10));

        Assert.Equal(Offset.Zero, Casablanca.GetUtcOffset(midnight));
        Assert.False(commitment.IsOverdue(EventTime.Today(Casablanca, midnight - Duration.Epsilon)));
        Assert.True(commitment.IsOverdue(EventTime.Today(Casablanca, midnight)));
    }

    [Fact]
    public void TodayFollowsTheOffsetChangeAtTheEndOfRamadan()
    {
        var afterChange = Instant.FromUtc(2025, 4, 6, 23, 30);
        var beforeChange = Instant.FromUtc(2025, 4, 5, 23, 30);

        Assert.Equal(new LocalDate(2025, 4, 5), EventTime.Today(Casablanca, beforeChange));
        Assert.Equal(new LocalDate(2025, 4, 7), EventTime.Today(Casablanca, afterChange));
        Assert.True(Due(new LocalDate(2025, 4, 6)).IsOverdue(EventTime.Today(Casablanca, afterChange)));
        Assert.False(Due(new LocalDate(2025, 4, 6)).IsOverdue(afterChange.InUtc().Date));
    }

    [Fact]
    public void BelongsToAnAgreementOrAMeeting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Commitment("c1", "Exchange contact points", "Cooperation", new LocalDate(2025, 1, 1), CommitmentStatus.Open, null, " "));

        Assert.StartsWith("Commitment 'c1' belongs to neither an agreement nor a meeting; name one of them.", error.Message, StringComparison.Ordinal);
    }

    private static Commitment Due(LocalDate date) =>
        new("c1", "Exchange contact points", "International Cooperation Division", date, CommitmentStatus.Open, "mou-no", null);
}
