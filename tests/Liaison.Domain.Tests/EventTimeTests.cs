using NodaTime;

namespace Liaison.Domain.Tests;

public sealed class EventTimeTests
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    [Fact]
    public void MapsMarrakechNovember2024ToUtcPlusOne()
    {
        var instant = EventTime.ToInstant(Casablanca, new LocalDateTime(2024, 11, 25, 10, 0));

        Assert.Equal(Instant.FromUtc(2024, 11, 25, 9, 0), instant);
    }

    [Fact]
    public void MapsRamadan2025ToUtcAndTheWeeksAfterToUtcPlusOne()
    {
        var inRamadan = EventTime.ToInstant(Casablanca, new LocalDateTime(2025, 3, 10, 10, 0));
        var afterRamadan = EventTime.ToInstant(Casablanca, new LocalDateTime(2025, 4, 10, 10, 0));

        Assert.Equal(Instant.FromUtc(2025, 3, 10, 10, 0), inRamadan);
        Assert.Equal(Instant.FromUtc(2025, 4, 10, 9, 0), afterRamadan);
    }

    [Fact]
    public void RefusesALocalTimeTheClocksSkip()
    {
        // Morocco returned to UTC+01 on 2025-04-06 at 02:00 local: 02:30 does not exist that night.
        var skipped = new LocalDateTime(2025, 4, 6, 2, 30);

        Assert.False(EventTime.TryToInstant(Casablanca, skipped, out _, out var problem));
        Assert.Contains("does not exist", problem, StringComparison.Ordinal);
        Assert.Throws<SkippedTimeException>(() => EventTime.ToInstant(Casablanca, skipped));
    }

    [Fact]
    public void RefusesALocalTimeTheClocksRepeat()
    {
        // Morocco moved to UTC+00 on 2025-02-23 at 03:00 local: 02:30 happened twice.
        var repeated = new LocalDateTime(2025, 2, 23, 2, 30);

        Assert.False(EventTime.TryToInstant(Casablanca, repeated, out _, out var problem));
        Assert.Contains("occurs twice", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EventWorkingIntervalsFollowTheOffsetOfEachDay()
    {
        var @event = new Event("Spring meeting", "Rabat", Casablanca,
        [
            new EventDay(new LocalDate(2025, 4, 5), new LocalTime(9, 0), new LocalTime(17, 0)),
            new EventDay(new LocalDate(2025, 4, 7), new LocalTime(9, 0), new LocalTime(17, 0)),
        ]);

        Assert.Equal(Instant.FromUtc(2025, 4, 5, 9, 0), @event.WorkingIntervals[0].Start);
        Assert.Equal(Instant.FromUtc(2025, 4, 7, 8, 0), @event.WorkingIntervals[1].Start);
    }
}
