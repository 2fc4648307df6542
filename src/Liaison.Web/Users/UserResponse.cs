namespace Liaison.Web.Users;

/// <summary>A user account as administrators see it.</summary>
/// <param name="Id">Identity user id.</param>
/// <param name="UserName">User name.</param>
/// <param name="Roles">Role names.</param>
/// <param name="DelegationId">The delegation a liaison officer is bound to.</param>
/// <param name="ConfidentialClearance">Whether confidential meeting content is visible to the user.</param>
/// <param name="LockedOutUntil">When a lockout ends (UTC), if the account is locked.</param>
public sealed record UserResponse(string Id, string UserName, IReadOnlyList<string> Roles, Guid? DelegationId, bool ConfidentialClearance, DateTimeOffset? LockedOutUntil);
