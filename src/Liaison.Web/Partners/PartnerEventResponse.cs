namespace Liaison.Web.Partners;

/// <summary>An event at which the partner had a meeting, agreement or commitment.</summary>
/// <param name="Name">The event's name.</param>
/// <param name="FirstDay">The event's first day (calendar date in its zone).</param>
/// <param name="TimeZone">The event's IANA zone.</param>
/// <param name="IsNew">Whether the partner was new there: no meeting or agreement with it before that first day, in any event.</param>
public sealed record PartnerEventResponse(string Name, DateOnly FirstDay, string TimeZone, bool IsNew);
