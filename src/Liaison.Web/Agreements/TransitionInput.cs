using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Agreements;

namespace Liaison.Web.Agreements;

/// <summary>The body of <c>POST /api/events/{eventId}/agreements/{agreementId}/transitions</c>: one status move.</summary>
/// <param name="To">The new status; the lifecycle decides whether it may follow the current one (409 otherwise).</param>
/// <param name="On">The date of the move; today in the event's zone when <c>null</c>.</param>
/// <param name="Note">Why, or <c>null</c>.</param>
/// <param name="Version">The agreement's version as read (409 when it changed meanwhile).</param>
public sealed record TransitionInput(
    AgreementStatus To,
    DateOnly? On,
    [property: StringLength(1000)] string? Note,
    [property: Range(1, int.MaxValue)] int Version);
