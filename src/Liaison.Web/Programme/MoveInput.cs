using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Programme;

/// <summary>The body of <c>PUT .../meetings/{meetingId}/slot</c>: where and when the meeting goes.</summary>
/// <param name="RoomId">Surrogate id of a room of the same event.</param>
/// <param name="Start">New start, ISO 8601 with offset; the length stays the request's duration.</param>
/// <param name="Version">The meeting's version as read (409 when it changed meanwhile).</param>
public sealed record MoveInput(Guid RoomId, DateTimeOffset Start, [property: Range(1, int.MaxValue)] int Version);
