namespace Liaison.Web.Setup;

/// <summary>Why a set-up change was refused: the field at fault, the rule broken and an English sentence for the API.</summary>
/// <param name="Field">The input's property name, e.g. <c>ScenarioId</c>; empty for <see cref="SetupRule.NotFound"/>.</param>
/// <param name="Rule">The rule broken; pages show their own translation of it.</param>
/// <param name="Message">The English message the API answers with.</param>
public sealed record SetupProblem(string Field, SetupRule Rule, string Message)
{
    /// <summary>The problem of a missing row.</summary>
    public static readonly SetupProblem NotFound = new(string.Empty, SetupRule.NotFound, "Not found.");

    /// <summary>For <see cref="SetupRule.MeetingsInTheWay"/>: the scheduled meetings the change would unschedule, by start; empty otherwise.</summary>
    public IReadOnlyList<AffectedMeeting> Meetings { get; init; } = [];

    /// <summary>The problem of an id taken by another row of the event.</summary>
    /// <param name="what">What the id names, e.g. "A room".</param>
    /// <param name="id">The id given.</param>
    public static SetupProblem DuplicateId(string what, string id) =>
        new("ScenarioId", SetupRule.DuplicateId, $"{what} with id '{id}' already exists in this event.");

    /// <summary>The problem of an edit that changes the scenario id.</summary>
    /// <param name="what">What the id names, e.g. "a room".</param>
    /// <param name="usedBy">What refers to it, e.g. "meetings".</param>
    public static SetupProblem IdFixed(string what, string usedBy) =>
        new("ScenarioId", SetupRule.IdFixed, $"The scenario id of {what} cannot change: {usedBy} refer to it.");

    /// <summary>The problem of a change that scheduled meetings stand in the way of, naming them.</summary>
    /// <param name="meetings">The meetings the change would unschedule (at least one).</param>
    public static SetupProblem MeetingsInTheWay(IReadOnlyList<AffectedMeeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var names = string.Join(", ", meetings.Select(m => m.RequestId));
        return new(string.Empty, SetupRule.MeetingsInTheWay,
            $"Scheduled meetings fall in the time this change takes away: {names}. Send unscheduleMeetings: true to unschedule them (their requests go back to Accepted), or move them first.")
        {
            Meetings = meetings,
        };
    }
}
