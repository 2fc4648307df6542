using Liaison.Domain.Records;

namespace Liaison.Data.Entities;

/// <summary>An attendee of a meeting record as stored in the record's JSON column.</summary>
/// <param name="Name">Name, or title when the name is not recorded.</param>
/// <param name="Title">Title or function, or <c>null</c>.</param>
/// <param name="Side">Host or partner side.</param>
public sealed record StoredAttendee(string Name, string? Title, AttendeeSide Side);
