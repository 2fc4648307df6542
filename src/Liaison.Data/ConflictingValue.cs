namespace Liaison.Data;

/// <summary>One property that another user changed since the caller read the row.</summary>
/// <param name="Property">Property name, e.g. "RoomId".</param>
/// <param name="Yours">The value the caller tried to save.</param>
/// <param name="Current">The value now in the database.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConflictingValue(string Property, object? Yours, object? Current);
