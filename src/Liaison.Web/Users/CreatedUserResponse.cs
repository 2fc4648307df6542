namespace Liaison.Web.Users;

/// <summary>A new account and its generated password, shown this once.</summary>
/// <param name="User">The account.</param>
/// <param name="Password">The generated password; Liaison keeps only its hash.</param>
public sealed record CreatedUserResponse(UserResponse User, string Password);
