using System.ComponentModel.DataAnnotations;
using Liaison.Domain;

namespace Liaison.Web.BlockedTimes;

/// <summary>The body that adds or changes a blocked time (a plenary, a ceremony, or another engagement such as a principal's own block).</summary>
/// <param name="ScenarioId">Id unique among the event's blocked times; cannot change once created.</param>
/// <param name="Label">What happens then, e.g. "Opening ceremony".</param>
/// <param name="Kind"><c>Plenary</c>, <c>Ceremony</c> or <c>Other</c>.</param>
/// <param name="Start">Start, ISO 8601 with offset (e.g. the event-local time with its offset); inside the event (00:00 of its first day to 24:00 of its last, local).</param>
/// <param name="End">End (exclusive), after <paramref name="Start"/>, inside the event; may be on a later day.</param>
/// <param name="ParticipantIds">Scenario ids of the principals and delegations it blocks; empty or absent blocks everyone.</param>
/// <param name="UnscheduleMeetings">Confirms that scheduled meetings of those participants in that time leave the programme (their requests go back to Accepted); without it such a change answers 409 naming them.</param>
/// <param name="Version">For a change: the version read (409 when it changed meanwhile). Ignored when adding.</param>
public sealed record BlockedTimeInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Label,
    [property: Required] BlockedTimeKind? Kind,
    [property: Required] DateTimeOffset? Start,
    [property: Required] DateTimeOffset? End,
    IReadOnlyList<string>? ParticipantIds = null,
    bool UnscheduleMeetings = false,
    int Version = 0);
