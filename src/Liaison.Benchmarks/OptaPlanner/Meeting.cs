namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>A meeting to place (one data row of sheet <c>Meetings</c>).</summary>
/// <param name="Row">The meeting's 1-based data row (the sheet's row minus its header row).</param>
/// <param name="Topic">The topic, for people reading output.</param>
/// <param name="DurationGrains">Duration in 15-minute grains (at least 1).</param>
/// <param name="Required">Indices into <see cref="MeetingProblem.Persons"/> of the required attendees, speakers included, each once.</param>
/// <param name="Preferred">Indices into <see cref="MeetingProblem.Persons"/> of the preferred attendees, each once, none of them required.</param>
public sealed record Meeting(int Row, string Topic, int DurationGrains, IReadOnlyList<int> Required, IReadOnlyList<int> Preferred)
{
    /// <summary>Required plus preferred attendees: the seats the meeting needs.</summary>
    public int AttendeeCount => Required.Count + Preferred.Count;
}
