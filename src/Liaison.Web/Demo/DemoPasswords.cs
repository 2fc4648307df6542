using System.Security.Cryptography;

namespace Liaison.Web.Demo;

/// <summary>Generates the demo users' passwords: 24 characters from a cryptographic random source.</summary>
internal static class DemoPasswords
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

    /// <summary>A new password with an upper-case letter, a lower-case letter, a digit and a symbol (Identity's default rules).</summary>
    public static string Generate()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(Alphabet, 24);
            if (candidate.Any(char.IsUpper) && candidate.Any(char.IsLower) && candidate.Any(char.IsDigit) && candidate.Any(c => !char.IsLetterOrDigit(c)))
            {
                return candidate;
            }
        }
    }
}
