namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// The weight of each constraint, read from the <c>Configuration</c> sheet; each penalty is multiplied by it.
/// Names and levels follow OptaPlanner's meeting-scheduling example (see the benchmark's README).
/// </summary>
/// <param name="RoomConflict">Hard: "Room conflict".</param>
/// <param name="AvoidOvertime">Hard: "Don't go in overtime".</param>
/// <param name="RequiredAttendanceConflict">Hard: "Required attendance conflict".</param>
/// <param name="RequiredRoomCapacity">Hard: "Required room capacity".</param>
/// <param name="StartAndEndOnSameDay">Hard: "Start and end on same day".</param>
/// <param name="RequiredAndPreferredAttendanceConflict">Medium: "Required and preferred attendance conflict".</param>
/// <param name="PreferredAttendanceConflict">Medium: "Preferred attendance conflict".</param>
/// <param name="DoMeetingsAsSoonAsPossible">Soft: "Do all meetings as soon as possible".</param>
/// <param name="OneTimeGrainBreak">Soft: "One TimeGrain break between two consecutive meetings".</param>
/// <param name="OverlappingMeetings">Soft: "Overlapping meetings".</param>
/// <param name="AssignLargerRoomsFirst">Soft: "Assign larger rooms first".</param>
/// <param name="RoomStability">Soft: "Room stability".</param>
public sealed record ConstraintWeights(
    int RoomConflict,
    int AvoidOvertime,
    int RequiredAttendanceConflict,
    int RequiredRoomCapacity,
    int StartAndEndOnSameDay,
    int RequiredAndPreferredAttendanceConflict,
    int PreferredAttendanceConflict,
    int DoMeetingsAsSoonAsPossible,
    int OneTimeGrainBreak,
    int OverlappingMeetings,
    int AssignLargerRoomsFirst,
    int RoomStability)
{
    /// <summary>The constraint names as the <c>Configuration</c> sheet spells them, in parameter order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Room conflict", "Don't go in overtime", "Required attendance conflict", "Required room capacity",
        "Start and end on same day", "Required and preferred attendance conflict", "Preferred attendance conflict",
        "Do all meetings as soon as possible", "One TimeGrain break between two consecutive meetings",
        "Overlapping meetings", "Assign larger rooms first", "Room stability",
    ];

    /// <summary>The level of each constraint, in <see cref="Names"/> order: five hard, two medium, five soft.</summary>
    public static IReadOnlyList<string> Levels { get; } =
        ["hard", "hard", "hard", "hard", "hard", "medium", "medium", "soft", "soft", "soft", "soft", "soft"];

    /// <summary>The weights in <see cref="Names"/> order.</summary>
    public IReadOnlyList<int> Values =>
    [
        RoomConflict, AvoidOvertime, RequiredAttendanceConflict, RequiredRoomCapacity, StartAndEndOnSameDay,
        RequiredAndPreferredAttendanceConflict, PreferredAttendanceConflict, DoMeetingsAsSoonAsPossible, OneTimeGrainBreak,
        OverlappingMeetings, AssignLargerRoomsFirst, RoomStability,
    ];

    /// <summary>Builds the weights from values given in <see cref="Names"/> order.</summary>
    /// <param name="values">Exactly twelve weights.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentException">When there are not twelve values.</exception>
    public static ConstraintWeights FromList(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Names.Count)
        {
            throw new ArgumentException($"Expected {Names.Count} weights, got {values.Count}.", nameof(values));
        }

        return new(values[0], values[1], values[2], values[3], values[4], values[5],
            values[6], values[7], values[8], values[9], values[10], values[11]);
    }
}
