using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Auth;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
/// <param name="UserName">The user name given by the administrator.</param>
/// <param name="Password">The password.</param>
public sealed record LoginRequest([property: Required] string UserName, [property: Required] string Password);
