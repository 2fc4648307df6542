using NodaTime;
using NodaTime.Text;

namespace Liaison.Interchange;

/// <summary>
/// The text forms of dates and times in Liaison's files, all culture-invariant: dates
/// <c>2024-11-25</c>, times of day <c>09:30</c>, event-local date-times <c>2024-11-25T09:30</c>
/// (seconds optional, no offset) and offset date-times <c>2024-11-25T09:30:00+01:00</c>.
/// </summary>
/// <remarks>Thread-safe: NodaTime patterns are immutable.</remarks>
internal static class TimeText
{
    /// <summary><c>uuuu-MM-dd</c>.</summary>
    public static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary><c>HH:mm</c>, 24-hour clock.</summary>
    public static readonly LocalTimePattern TimeOfDay = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Event-local date and time with an offset that is always written as <c>+HH:mm</c>, never <c>Z</c>.</summary>
    public static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>A UTC offset as <c>+HH:mm</c>, e.g. <c>+01:00</c> or <c>+00:00</c>.</summary>
    public static readonly OffsetPattern Offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly LocalDateTimePattern LocalMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern LocalSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>Parses an event-local date-time with or without seconds.</summary>
    /// <param name="text">E.g. <c>2024-11-25T09:30</c> or <c>2024-11-25T09:30:15</c>.</param>
    /// <returns>The value, or <c>null</c> when the text has another form or names an impossible date.</returns>
    public static LocalDateTime? ParseLocal(string text)
    {
        var result = LocalMinutes.Parse(text);
        if (!result.Success)
        {
            result = LocalSeconds.Parse(text);
        }

        return result.Success ? result.Value : null;
    }

    /// <summary>Formats an event-local date-time, with seconds only when they are not zero.</summary>
    public static string FormatLocal(LocalDateTime value) =>
        value.Second == 0 && value.NanosecondOfSecond == 0 ? LocalMinutes.Format(value) : LocalSeconds.Format(value);

    /// <summary>Formats an instant as event-local date-time with offset, e.g. <c>2024-11-25T10:00:00+01:00</c>.</summary>
    public static string FormatWithOffset(Instant instant, DateTimeZone zone) => WithOffset.Format(instant.InZone(zone).ToOffsetDateTime());
}
