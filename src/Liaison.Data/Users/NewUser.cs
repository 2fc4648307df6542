namespace Liaison.Data.Users;

/// <summary>A user just created, with the generated password to show once and never store.</summary>
/// <param name="User">The saved user.</param>
/// <param name="Role">Its role.</param>
/// <param name="Password">The generated password (only its hash is stored).</param>
public sealed record NewUser(LiaisonUser User, string Role, string Password);
