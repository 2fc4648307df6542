namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>Where one meeting is placed: its starting grain and its room.</summary>
/// <param name="Grain">Index of the starting grain in <see cref="MeetingProblem.Grains"/>.</param>
/// <param name="Room">Index of the room in <see cref="MeetingProblem.Rooms"/>.</param>
public readonly record struct Placement(int Grain, int Room);
