using System.ComponentModel.DataAnnotations;
using Liaison.Domain;

namespace Liaison.Web.Requests;

/// <summary>The body that submits or edits a meeting request.</summary>
/// <param name="ScenarioId">Id unique among the event's requests, e.g. <c>R44</c>; cannot change once submitted.</param>
/// <param name="RequestedBy">Scenario id of the requesting delegation (a liaison officer: its own).</param>
/// <param name="Invitees">Scenario ids of the principals or delegations asked for; at least one, not the requester.</param>
/// <param name="DurationMinutes">Length in minutes, 5 to 480, a multiple of the event's planning step.</param>
/// <param name="Priority">1 (lowest) to 5 (highest).</param>
/// <param name="Topics">Topic codes, e.g. <c>cybercrime</c>.</param>
/// <param name="NeedsSigningRoom">Whether an agreement will be signed.</param>
/// <param name="Publicity">Whether the meeting may be named in public output.</param>
/// <param name="ExpectedAttendees">People at the table, both sides, 2 to 200.</param>
/// <param name="Version">For an edit: the version read (409 when it changed meanwhile). Ignored on submit.</param>
public sealed record RequestInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(64, MinimumLength = 1)] string RequestedBy,
    [property: Required, MinLength(1)] IReadOnlyList<string> Invitees,
    [property: Range(5, 480)] int DurationMinutes,
    [property: Range(MeetingRequest.MinPriority, MeetingRequest.MaxPriority)] int Priority,
    IReadOnlyList<string>? Topics,
    bool NeedsSigningRoom,
    Publicity Publicity,
    [property: Range(2, 200)] int ExpectedAttendees,
    int Version = 0) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Invitees?.Contains(RequestedBy, StringComparer.Ordinal) == true)
        {
            yield return new ValidationResult("A delegation cannot invite itself.", [nameof(Invitees)]);
        }
    }
}
