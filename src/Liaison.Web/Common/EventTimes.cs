using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Common;

/// <summary>Conversions between the API's times (ISO 8601 with offset) and stored UTC instants.</summary>
internal static class EventTimes
{
    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>The instant as a UTC <see cref="DateTimeOffset"/> (offset zero).</summary>
    public static DateTimeOffset Utc(Instant instant) => instant.ToDateTimeOffset();

    /// <summary>The instant as an ISO 8601 event-local time with its offset, e.g. <c>2024-11-25T10:00:00+01:00</c>.</summary>
    public static string Local(Instant instant, DateTimeZone zone) => LocalPattern.Format(instant.InZone(zone).ToOffsetDateTime());

    /// <summary>The instant a client's time with offset stands for.</summary>
    public static Instant ToInstant(DateTimeOffset time) => Instant.FromDateTimeOffset(time);

    /// <summary>Invariant text for numbers in messages.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
