using Liaison.Data;
using Liaison.Web.Demo;

namespace Liaison.Web.Hosting;

/// <summary>What runs once at start, before requests are served: migrations, roles, the demo data.</summary>
internal static class DatabaseStartup
{
    /// <summary>
    /// Applies the migrations (creating the SQLite file on first start), prints where the database
    /// is (the five roles come with the migrations) and, with <c>--demo</c>, loads the demo data.
    /// </summary>
    /// <param name="app">The built application.</param>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await LiaisonDatabase.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var console = scope.ServiceProvider.GetRequiredService<StartupConsole>().Writer;
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        await console.WriteLineAsync($"Liaison database: {settings.Describe()}");
        if (app.Configuration.GetValue<bool>(DemoSwitch.SettingKey))
        {
            var scenario = DemoSeeder.FindScenario(app.Environment.ContentRootPath, app.Configuration[DemoSeeder.ScenarioKey]);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(scenario, console);
        }
    }
}
