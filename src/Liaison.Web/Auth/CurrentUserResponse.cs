namespace Liaison.Web.Auth;

/// <summary>Who is signed in, as <c>GET /api/auth/me</c> answers.</summary>
/// <param name="UserName">User name.</param>
/// <param name="Roles">Role names.</param>
/// <param name="DelegationId">The delegation a liaison officer is bound to, or <c>null</c>.</param>
/// <param name="ConfidentialClearance">Whether confidential meeting content is visible to the user.</param>
public sealed record CurrentUserResponse(string UserName, IReadOnlyList<string> Roles, Guid? DelegationId, bool ConfidentialClearance);
