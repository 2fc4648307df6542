using Liaison.Data.Entities;

namespace Liaison.Web.Setup;

/// <summary>Meetings a set-up change concerns, found by <see cref="ProgrammeClearance.FindAsync"/>.</summary>
/// <param name="Rows">The tracked rows, to unschedule.</param>
/// <param name="Described">The same meetings as the user is told of them, in the same order (by start).</param>
public sealed record MeetingsFound(IReadOnlyList<MeetingEntity> Rows, IReadOnlyList<AffectedMeeting> Described)
{
    /// <summary>Whether no meeting stands in the way.</summary>
    public bool None => Rows.Count == 0;
}
