using NodaTime;

namespace Liaison.Web.Pages.DaySheet;

/// <summary>One line of a principal's day sheet: a meeting, or a plenary or ceremony that blocks the principal.</summary>
/// <param name="Start">UTC start.</param>
/// <param name="End">UTC end.</param>
/// <param name="Counterpart">Who the principal meets (names in the reader's language), or the blocked time's label; <c>null</c> when confidential to the reader.</param>
/// <param name="Room">The room's name, or <c>null</c> for a blocked time.</param>
/// <param name="Interpreters">The interpreters' names; empty when none.</param>
/// <param name="Topics">The request's topics; empty for a blocked time or when confidential to the reader.</param>
/// <param name="IsBlockedTime">Whether the line is a plenary, ceremony or other blocked time rather than a meeting.</param>
public sealed record DaySheetRow(
    Instant Start, Instant End, string? Counterpart, string? Room, IReadOnlyList<string> Interpreters, IReadOnlyList<string> Topics, bool IsBlockedTime);
