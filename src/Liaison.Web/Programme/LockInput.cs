using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Programme;

/// <summary>The body of <c>PUT .../meetings/{meetingId}/lock</c>.</summary>
/// <param name="Locked">Whether re-planning must leave the meeting where it is.</param>
/// <param name="Version">The meeting's version as read (409 when it changed meanwhile).</param>
public sealed record LockInput(bool Locked, [property: Range(1, int.MaxValue)] int Version);
