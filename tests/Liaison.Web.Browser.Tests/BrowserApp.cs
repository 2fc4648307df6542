using System.Security.Cryptography;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Hosting;
using Liaison.Web.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Liaison.Web.Browser.Tests;

/// <summary>
/// The real web host on a free Kestrel port, on a SQLite file of its own seeded like <c>--demo</c>
/// (the Marrakech sample, its 43 requests accepted), with a protocol officer and a liaison officer
/// of the first delegation, and Debian's Chromium driven by Playwright. One per test class.
/// Without /usr/bin/chromium the tests skip, except under CI=true where they fail.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Debian's Chromium.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "liaison-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    /// <summary>The browser; null when Chromium is missing.</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>The demo event.</summary>
    public Guid EventId { get; private set; }

    /// <summary>The delegation the liaison officer acts for, and another one.</summary>
    public (DelegationEntity Own, DelegationEntity Other) Delegations { get; private set; }

    /// <summary>Password of <c>browser-protocol</c> and <c>browser-liaison</c>.</summary>
    public string Password { get; } = "Pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    /// <summary>Where screenshots go: TestResults/screenshots under the test output.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        EventId = await db.Set<EventEntity>().Select(e => e.Id).SingleAsync();
        var delegations = await db.Set<DelegationEntity>().Include(d => d.Party).Where(d => d.Party!.Kind == Domain.PartyKind.Country).OrderBy(d => d.Position).Take(2).ToListAsync();
        Delegations = (delegations[0], delegations[1]);
        await CreateUserAsync(scope, "browser-protocol", LiaisonRoles.ProtocolOfficer, null);
        await CreateUserAsync(scope, "browser-liaison", LiaisonRoles.LiaisonOfficer, Delegations.Own.Id);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Skips the test without Chromium (fails it under CI=true, where the browser tests are mandatory).</summary>
    public void RequireBrowser()
    {
        if (Browser is not null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Chromium} is missing and the browser tests are mandatory under CI: apt-get install chromium fonts-noto-core.");
        }

        throw new SkipException($"Browser test skipped: {Chromium} is missing (apt-get install chromium fonts-noto-core).");
    }

    /// <summary>A new page signed in as the user, in the language given (the switch's cookie).</summary>
    public async Task<IPage> SignInAsync(string userName, string culture = "en")
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = culture });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=who]");
        return page;
    }

    /// <summary>
    /// Follows the link to one of the event's pages, as a user does: from the event's card on the home
    /// page or from the top navigation inside the event.
    /// </summary>
    /// <param name="page">A signed-in page.</param>
    /// <param name="area">The last segment of the page's address: <c>requests</c>, <c>plan</c>, <c>programme</c>.</param>
    public static async Task OpenEventPageAsync(IPage page, string area)
    {
        await page.Locator($"a[href$='/{area}']").First.ClickAsync();
        await page.WaitForURLAsync($"**/events/*/{area}");
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/&lt;name&gt;.png</c> and returns its path.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The file name without extension.</param>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        var file = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // No appsettings watcher: each costs an inotify instance and many test hosts hit the limit of 128.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting(StrictStringLocalizerFactory.SettingKey, "true");
        builder.UseSetting("Liaison:Database:Provider", "Sqlite");
        builder.UseSetting("Liaison:Database:Path", Path.Combine(_folder, "liaison.db"));
        builder.UseSetting(DemoSwitch.SettingKey, "true");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new StartupConsole(TextWriter.Null));
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    /// <inheritdoc />
    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task CreateUserAsync(IServiceScope scope, string userName, string role, Guid? delegationId)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiaisonUser>>();
        var user = new LiaisonUser { UserName = userName, DelegationId = delegationId };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
        {
            throw new InvalidOperationException($"Could not create {userName}.");
        }
    }
}
