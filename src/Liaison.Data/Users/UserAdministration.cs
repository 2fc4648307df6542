using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Users;

/// <summary>
/// Creates users with one of the <see cref="LiaisonRoles"/> and a generated password: Liaison has no
/// default password anywhere, so the first administrator is created this way
/// (<c>liaison users add --role Administrator</c>) and every password is shown once.
/// </summary>
/// <remarks>
/// Needs Identity with roles registered on <see cref="LiaisonDbContext"/> (the web's AddIdentity,
/// or AddIdentityCore&lt;LiaisonUser&gt;().AddRoles&lt;IdentityRole&gt;().AddEntityFrameworkStores&lt;LiaisonDbContext&gt;()).
/// Scoped; not thread-safe.
/// </remarks>
/// <param name="users">Identity's user manager.</param>
/// <param name="db">The context the user manager writes through, to find delegations and to make the creation one transaction.</param>
public sealed class UserAdministration(UserManager<LiaisonUser> users, LiaisonDbContext db)
{
    /// <summary>Length of generated passwords (characters).</summary>
    public const int PasswordLength = 24;

    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!@#%+=";

    /// <summary>Creates a user whose user name is the e-mail address.</summary>
    /// <param name="email">E-mail address; also the sign-in name.</param>
    /// <param name="role">One of <see cref="LiaisonRoles.All"/> (exact name, case-insensitive).</param>
    /// <param name="delegation">Required for a liaison officer, refused otherwise: the delegation's key, or its scenario id when that is unique across events.</param>
    /// <param name="confidentialClearance">Only for an analyst: may read confidential meeting content.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    /// <returns>The user and its generated password.</returns>
    /// <exception cref="ArgumentException">Unknown role, missing or unknown delegation, clearance for a non-analyst, or an e-mail Identity refuses (taken, malformed); the message says the fix.</exception>
    public async Task<NewUser> AddAsync(string email, string role, string? delegation, bool confidentialClearance, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var roleName = LiaisonRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
                       ?? throw new ArgumentException($"'{role}' is not a role; use one of {string.Join(", ", LiaisonRoles.All)}.", nameof(role));
        if (confidentialClearance && roleName != LiaisonRoles.Analyst)
        {
            throw new ArgumentException("Confidential clearance is for analysts only; drop --clearance or use --role Analyst.", nameof(confidentialClearance));
        }

        var delegationId = await DelegationAsync(roleName, delegation, cancellationToken);
        var user = new LiaisonUser { UserName = email, Email = email, DelegationId = delegationId, ConfidentialClearance = confidentialClearance };
        var password = GeneratePassword();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, roleName));
        await transaction.CommitAsync(cancellationToken);
        return new NewUser(user, roleName, password);
    }

    /// <summary>
    /// A random password of <see cref="PasswordLength"/> characters from a cryptographic generator,
    /// with at least one lower-case letter, upper-case letter, digit and symbol (Identity's default
    /// rules), without look-alike characters (0/O, 1/l/I).
    /// </summary>
    public static string GeneratePassword()
    {
        var all = Lower + Upper + Digits + Symbols;
        var characters = new[] { Lower, Upper, Digits, Symbols }
            .Select(set => set[RandomNumberGenerator.GetInt32(set.Length)])
            .Concat(RandomNumberGenerator.GetItems<char>(all, PasswordLength - 4))
            .ToArray();
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private async Task<Guid?> DelegationAsync(string role, string? delegation, CancellationToken cancellationToken)
    {
        if (role != LiaisonRoles.LiaisonOfficer)
        {
            return string.IsNullOrWhiteSpace(delegation)
                ? null
                : throw new ArgumentException($"Only liaison officers are bound to a delegation; drop --delegation or use --role {LiaisonRoles.LiaisonOfficer}.", nameof(delegation));
        }

        if (string.IsNullOrWhiteSpace(delegation))
        {
            throw new ArgumentException("A liaison officer must be bound to a delegation; add --delegation with the delegation's id.", nameof(delegation));
        }

        var matches = Guid.TryParse(delegation, out var key)
            ? await db.Delegations.Where(d => d.Id == key).Select(d => d.Id).ToListAsync(cancellationToken)
            : await db.Delegations.Where(d => d.ScenarioId == delegation).Select(d => d.Id).ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ArgumentException($"There is no delegation '{delegation}'; give the id of an imported delegation.", nameof(delegation)),
            _ => throw new ArgumentException($"{matches.Count} events have a delegation '{delegation}'; give its key (a GUID) instead.", nameof(delegation)),
        };
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ArgumentException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
