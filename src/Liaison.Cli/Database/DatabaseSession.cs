using Liaison.Cli.Output;
using Liaison.Data;
using Liaison.Data.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Liaison.Cli.Database;

/// <summary>
/// Runs one database command: opens the configured database (docs/database.md), creates and
/// migrates it if needed, audits every change as user "cli", and turns failures into exit codes:
/// bad input (unknown role, missing file, not a backup) is 2 with the fix, anything else 1.
/// </summary>
internal static class DatabaseSession
{
    /// <summary>Runs <paramref name="work"/> in a service scope and returns its exit code.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">The command line's services (configuration, clock, debug switch).</param>
    /// <param name="verbose">Whether an internal fault prints its stack trace.</param>
    /// <param name="work">The command's work; throws <see cref="BadInputException"/> on bad input.</param>
    public static int Run(IAnsiConsole console, CliServices services, bool verbose, Func<IServiceProvider, Task<int>> work)
    {
        return CommandGuard.Run(services.Errors, verbose || services.Debug, () => RunAsync(console, services, work).GetAwaiter().GetResult());
    }

    private static async Task<int> RunAsync(IAnsiConsole console, CliServices services, Func<IServiceProvider, Task<int>> work)
    {
        var configuration = services.Configuration ?? new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(services.Time);
        collection.AddSingleton<IAuditContext>(StaticAuditContext.CommandLine);
        try
        {
            collection.AddLiaisonDatabase(configuration);
        }
        catch (InvalidOperationException settings)
        {
            throw new BadInputException($"liaison: {settings.Message}", settings);
        }

        collection.AddIdentityCore<LiaisonUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<LiaisonDbContext>();
        await using var provider = collection.BuildServiceProvider();
        console.WriteLineAsIs($"Database: {provider.GetRequiredService<DatabaseSettings>().Describe()}");
        await LiaisonDatabase.MigrateAsync(provider, services.Stop);
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
