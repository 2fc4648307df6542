using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Demo;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Users;

/// <summary>User accounts under <c>/api/users</c>, for administrators. Passwords are generated, never chosen defaults.</summary>
internal static class UsersApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", ListAsync).WithSummary("All accounts with their roles.");
        group.MapPost("/", CreateAsync).WithSummary("Creates an account with one role; answers its generated password once.");
        group.MapPut("/{userId}", UpdateAsync).WithSummary("Changes an account's role, delegation and clearance.");
        group.MapPost("/{userId}/unlock", UnlockAsync).WithSummary("Ends a lockout after failed sign-ins.");
        group.MapDelete("/{userId}", DeleteAsync).WithSummary("Removes an account.");
        return group;
    }

    private static async Task<Ok<List<UserResponse>>> ListAsync(UserManager<LiaisonUser> users, CancellationToken ct)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserResponse>();
        foreach (var user in all)
        {
            result.Add(await ToResponseAsync(users, user));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Results<Created<CreatedUserResponse>, ValidationProblem>> CreateAsync(
        UserInput input, UserManager<LiaisonUser> users, LiaisonDbContext db, CancellationToken ct)
    {
        if (await CheckDelegationAsync(db, input, ct) is { } problem)
        {
            return problem;
        }

        var user = new LiaisonUser { UserName = input.UserName, DelegationId = input.DelegationId, ConfidentialClearance = input.ConfidentialClearance };
        var password = DemoPasswords.Generate();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return IdentityProblem(created);
        }

        await users.AddToRoleAsync(user, input.Role);
        return TypedResults.Created($"/api/users/{user.Id}", new CreatedUserResponse(await ToResponseAsync(users, user), password));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem>> UpdateAsync(
        string userId, UserInput input, UserManager<LiaisonUser> users, LiaisonDbContext db, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (await CheckDelegationAsync(db, input, ct) is { } problem)
        {
            return problem;
        }

        user.DelegationId = input.DelegationId;
        user.ConfidentialClearance = input.ConfidentialClearance;
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, input.Role);
        // A new stamp signs the user out of existing cookies, so the change applies at once.
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(await ToResponseAsync(users, user));
    }

    private static async Task<Results<NoContent, NotFound>> UnlockAsync(string userId, UserManager<LiaisonUser> users)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string userId, UserManager<LiaisonUser> users)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await users.DeleteAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> CheckDelegationAsync(LiaisonDbContext db, UserInput input, CancellationToken ct)
        => input.DelegationId is { } id && !await db.Set<DelegationEntity>().AnyAsync(d => d.Id == id, ct)
            ? ValidationErrors.Single(nameof(input.DelegationId), $"There is no delegation {id}.")
            : null;

    private static ValidationProblem IdentityProblem(IdentityResult result)
        => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    private static async Task<UserResponse> ToResponseAsync(UserManager<LiaisonUser> users, LiaisonUser user)
        => new(user.Id, user.UserName ?? string.Empty, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(),
            user.DelegationId, user.ConfidentialClearance, user.LockoutEnd is { } end && end > DateTimeOffset.MinValue ? end : null);
}
