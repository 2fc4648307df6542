namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>A room of the workbook (sheet <c>Rooms</c>).</summary>
/// <param name="Name">The room's name as written, e.g. <c>R 1</c>.</param>
/// <param name="Capacity">How many attendees it seats (persons).</param>
public sealed record MeetingRoom(string Name, int Capacity);
