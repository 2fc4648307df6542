using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Events;

/// <summary>The body of <c>PUT /api/events/{eventId}</c>: the event's editable fields.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Venue">Venue or city.</param>
/// <param name="ProtocolBufferMinutes">Minutes a principal keeps free between meetings, 0 to 240.</param>
/// <param name="Version">The version read; a different current version answers 409.</param>
public sealed record EventUpdate(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required, StringLength(200)] string Venue,
    [property: Range(0, 240)] int ProtocolBufferMinutes,
    [property: Range(1, int.MaxValue)] int Version);
