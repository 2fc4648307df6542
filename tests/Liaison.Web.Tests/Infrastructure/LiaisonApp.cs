using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Liaison.Data;
using Liaison.Web.Hosting;
using Liaison.Web.Localization;
using Liaison.Web.Planning;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// The real web host, in memory, on a database owned by one test. Start-up console output is
/// captured in <see cref="Console"/>. Dispose it (it also disposes the database).
/// </summary>
public sealed class LiaisonApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private readonly bool _withoutPlannerWorker;
    private readonly TimeProvider? _time;
    private readonly Action<IServiceCollection>? _services;

    private LiaisonApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings, bool withoutPlannerWorker, TimeProvider? time,
        Action<IServiceCollection>? services)
    {
        _database = database;
        _settings = settings;
        _withoutPlannerWorker = withoutPlannerWorker;
        _time = time;
        _services = services;
    }

    /// <summary>Runs when the host is disposed, before the database is removed.</summary>
    public event Action? Disposing;

    /// <summary>What the host printed at start.</summary>
    public StringWriter Console { get; } = new();

    /// <summary>Starts the host on a new database of the given kind.</summary>
    /// <param name="provider">SQLite or PostgreSQL.</param>
    /// <param name="settings">Extra configuration, e.g. <c>Liaison:Demo</c>.</param>
    /// <param name="withoutPlannerWorker">Leaves planner runs queued until the test starts a worker itself.</param>
    /// <param name="time">The clock the host reads instead of the system's.</param>
    /// <param name="services">Replaces services after the host's own registrations, e.g. a fake <c>IPdfPrinter</c>.</param>
    public static async Task<LiaisonApp> StartAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null, bool withoutPlannerWorker = false,
        TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new LiaisonApp(database, settings ?? new Dictionary<string, string?>(), withoutPlannerWorker, time, services);
        _ = app.Server; // starts the host: migrations and seeding run now
        return app;
    }

    /// <summary>Creates a user with one role and a random password; returns the password.</summary>
    public async Task<string> CreateUserAsync(string userName, string role, Guid? delegationId = null, bool clearance = false)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiaisonUser>>();
        var password = "Pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var user = new LiaisonUser { UserName = userName, DelegationId = delegationId, ConfidentialClearance = clearance };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return password;
    }

    /// <summary>Signs in through <c>POST /api/auth/login</c> and returns a client that sends the bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Creates a user with the role and returns a signed-in client for it.</summary>
    public async Task<HttpClient> ClientForAsync(string role, Guid? delegationId = null, bool clearance = false)
    {
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var password = await CreateUserAsync(userName, role, delegationId, clearance);
        return await SignInAsync(userName, password);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // No appsettings watcher: each costs an inotify instance and many test hosts hit the limit of 128.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // A page asking for a string no resx has fails instead of showing the key.
        builder.UseSetting(StrictStringLocalizerFactory.SettingKey, "true");
        foreach (var (key, value) in _database.Settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new StartupConsole(Console));
            if (_time is not null)
            {
                services.AddSingleton(_time);
            }

            // Hashing at the production cost would dominate the run time of the suite.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            if (_withoutPlannerWorker)
            {
                services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PlannerWorker)));
            }

            _services?.Invoke(services);
        });
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        Disposing?.Invoke();
        await base.DisposeAsync();
        await _database.DisposeAsync();
        await Console.DisposeAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
