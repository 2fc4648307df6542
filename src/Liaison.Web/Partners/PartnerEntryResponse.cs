namespace Liaison.Web.Partners;

/// <summary>One item of a partner's history.</summary>
/// <param name="Kind"><c>Meeting</c>, <c>Agreement</c> or <c>Commitment</c>.</param>
/// <param name="Event">The event's name.</param>
/// <param name="At">When it happened (UTC): a meeting's start, an agreement's signature or last move, a commitment's due date.</param>
/// <param name="Date">The event-local date of <paramref name="At"/>.</param>
/// <param name="ItemId">The meeting's request id, the agreement's or the commitment's id in that event.</param>
/// <param name="Status">The meeting's outcome, the agreement's or the commitment's status.</param>
/// <param name="Topics">The meeting's topics or the agreement's subjects; empty for a commitment.</param>
public sealed record PartnerEntryResponse(
    string Kind, string Event, DateTimeOffset At, DateOnly Date, string ItemId, string Status, IReadOnlyList<string> Topics);
