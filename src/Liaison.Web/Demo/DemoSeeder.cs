using Liaison.Data;
using Liaison.Data.Auditing;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Interchange;
using Liaison.Web.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Demo;

/// <summary>
/// Loads the demo (<c>--demo</c> or <c>Liaison:Demo=true</c>): the Marrakech 2024 sample event file
/// (its 43 requests, meeting records, two MoUs and commitments), once, with every request accepted (so a planner run plans them all; the history and the audit
/// trail name the demo set-up as who accepted them), and two accounts, <c>demo-admin</c> (Administrator) and <c>demo-protocol</c> (ProtocolOfficer),
/// whose generated passwords are printed once, when they are created. There is no fixed password.
/// </summary>
internal sealed class DemoSeeder(
    LiaisonDbContext db, DossierStore dossiers, RequestWorkflow workflow, HttpAuditContext audit, UserManager<LiaisonUser> users)
{
    /// <summary>Who the demo's changes are recorded as, in the status history and the audit trail.</summary>
    public static readonly StaticAuditContext DemoSetUp = new(null, "demo", "demo set-up");

    /// <summary>The sample's path relative to the repository root.</summary>
    public const string SamplePath = "samples/marrakech-2024/scenario.json";

    /// <summary>The setting that points at another scenario file.</summary>
    public const string ScenarioKey = "Liaison:Demo:Scenario";

    /// <summary>Imports the sample unless an event of that name exists, and creates the demo users that do not exist.</summary>
    /// <param name="scenarioPath">The scenario file to load.</param>
    /// <param name="console">Where the passwords are printed.</param>
    /// <exception cref="InvalidFileException">When the scenario file is not valid.</exception>
    public async Task SeedAsync(string scenarioPath, TextWriter console)
    {
        audit.ActFor(DemoSetUp);
        var dossier = EventFile.Read(scenarioPath);
        if (await db.Set<EventEntity>().AnyAsync(e => e.Name == dossier.Event.Name))
        {
            await console.WriteLineAsync($"Demo event '{dossier.Event.Name}' is already loaded.");
        }
        else
        {
            var eventId = await dossiers.ImportAsync(dossier, DemoSetUp.UserName);
            var accepted = await AcceptAllAsync(eventId);
            await console.WriteLineAsync($"Demo event '{dossier.Event.Name}' loaded from {scenarioPath} with {dossier.Records.Count} meeting records, " +
                $"{dossier.Agreements.Count} agreements and {dossier.Commitments.Count} commitments; {accepted} requests accepted.");
        }

        await EnsureUserAsync("demo-admin", LiaisonRoles.Administrator, console);
        await EnsureUserAsync("demo-protocol", LiaisonRoles.ProtocolOfficer, console);
    }

    /// <summary>
    /// The sample file: <see cref="ScenarioKey"/> when set, else <see cref="SamplePath"/> in the
    /// content root or the nearest folder above it that has one (the repository root under <c>dotnet run</c>).
    /// </summary>
    /// <exception cref="FileNotFoundException">When there is none.</exception>
    public static string FindScenario(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : throw new FileNotFoundException($"{ScenarioKey} names {configured}, which does not exist.", configured);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, SamplePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {SamplePath} in {contentRoot} or above it; set {ScenarioKey} to the scenario file to load.", SamplePath);
    }

    /// <summary>Accepts every submitted request of the event, one status change each; returns how many.</summary>
    private async Task<int> AcceptAllAsync(Guid eventId)
    {
        var submitted = await db.Set<MeetingRequestEntity>()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Submitted).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync();
        foreach (var requestId in submitted)
        {
            await workflow.ChangeStatusAsync(requestId, RequestStatus.Accepted, DemoSetUp.UserName, "accepted by the demo set-up");
        }

        return submitted.Count;
    }

    private async Task EnsureUserAsync(string userName, string role, TextWriter console)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            await console.WriteLineAsync($"Demo user {userName} exists; its password was printed when it was created.");
            return;
        }

        var user = new LiaisonUser { UserName = userName };
        var password = DemoPasswords.Generate();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        await console.WriteLineAsync($"Demo user {userName} ({role}) created with password: {password}  (shown once; keep it)");
    }
}
