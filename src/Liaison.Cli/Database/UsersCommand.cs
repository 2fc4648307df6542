using System.CommandLine;
using Liaison.Cli.Output;
using Liaison.Data;
using Liaison.Data.Users;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Liaison.Cli.Database;

/// <summary>
/// <c>liaison users add --role ROLE --email E [--delegation ID] [--clearance]</c>: creates a user and
/// prints its generated password once. There is no default password: the first administrator is
/// created this way.
/// </summary>
internal static class UsersCommand
{
    /// <summary>Builds the <c>users</c> command with its <c>add</c> subcommand.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Configuration, clock and debug switch.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", LiaisonRoles.All)}.", Required = true };
        var email = new Option<string>("--email") { Description = "E-mail address; also the sign-in name.", Required = true };
        var delegation = new Option<string?>("--delegation") { Description = "For a liaison officer: the delegation's id (its GUID, or its scenario id when unique)." };
        var clearance = new Option<bool>("--clearance") { Description = "For an analyst: may read confidential meeting content." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal fault." };
        var add = new Command("add", "Create a user with a role and print a generated password once.") { role, email, delegation, clearance, verbose };
        add.SetAction(parsed => DatabaseSession.Run(console, services, parsed.GetValue(verbose), async provider =>
        {
            NewUser created;
            try
            {
                created = await provider.GetRequiredService<UserAdministration>().AddAsync(
                    parsed.GetRequiredValue(email), parsed.GetRequiredValue(role), parsed.GetValue(delegation), parsed.GetValue(clearance), services.Stop);
            }
            catch (ArgumentException bad)
            {
                throw new BadInputException($"liaison users add: {bad.Message.Split(" (Parameter", 2)[0]}", bad);
            }

            console.WriteLineAsIs($"Created {created.Role} {created.User.Email}.");
            console.WriteLineAsIs($"Password (shown once, not stored): {created.Password}");
            return ExitCode.Success;
        }));
        return new Command("users", "Manage the users who sign in to Liaison.") { add };
    }
}
