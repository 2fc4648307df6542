using Liaison.Domain.Agreements;

namespace Liaison.Web.Agreements;

/// <summary>One recorded status move of an agreement.</summary>
/// <param name="From">Status before.</param>
/// <param name="To">Status after.</param>
/// <param name="On">Date of the move (event-local calendar date).</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Note">Why, or <c>null</c>.</param>
public sealed record StatusMoveResponse(AgreementStatus From, AgreementStatus To, DateOnly On, string By, string? Note);
