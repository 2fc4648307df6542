using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Commitments;

namespace Liaison.Web.Commitments;

/// <summary>The body of <c>PUT /api/events/{eventId}/commitments/{commitmentId}/status</c>.</summary>
/// <param name="Status">The new status.</param>
/// <param name="Version">The commitment's version as read (409 when it changed meanwhile).</param>
public sealed record CommitmentStatusInput(CommitmentStatus Status, [property: Range(1, int.MaxValue)] int Version);
