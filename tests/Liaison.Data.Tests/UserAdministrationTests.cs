using Liaison.Data.Auditing;
using Liaison.Data.Scenarios;
using Liaison.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Data.Tests;

public sealed class UserAdministrationTests
{
    [Fact]
    public void GeneratedPasswordsMeetIdentityRulesAndDiffer()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => UserAdministration.GeneratePassword()).ToList();

        Assert.All(passwords, p => Assert.True(
            p.Length == UserAdministration.PasswordLength && p.Any(char.IsLower) && p.Any(char.IsUpper) && p.Any(char.IsDigit) && p.Any(c => !char.IsLetterOrDigit(c)), p));
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreatesALiaisonOfficerBoundToTheDelegationWithAPasswordThatSignsIn(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();
        await new ScenarioStore(scope.ServiceProvider.GetRequiredService<LiaisonDbContext>(), database.Time).ImportAsync(SampleScenario.Create(), "tester");

        var created = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("officer@no.example", "liaisonofficer", "del-no", false);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiaisonUser>>();
        var saved = await users.FindByEmailAsync("officer@no.example");
        Assert.NotNull(saved);
        Assert.True(await users.CheckPasswordAsync(saved, created.Password));
        Assert.Equal([LiaisonRoles.LiaisonOfficer], await users.GetRolesAsync(saved));
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        Assert.Equal("del-no", await db.Delegations.Where(d => d.Id == saved.DelegationId).Select(d => d.ScenarioId).SingleAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RefusesAnUnknownRoleAndATakenAddressWithoutCreatingAnything(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await admin.AddAsync("admin@host.example", LiaisonRoles.Administrator, null, false);

        var role = await Assert.ThrowsAsync<ArgumentException>(() => admin.AddAsync("x@host.example", "Superuser", null, false));
        var taken = await Assert.ThrowsAsync<ArgumentException>(() => admin.AddAsync("admin@host.example", LiaisonRoles.Auditor, null, false));

        Assert.Contains("use one of Administrator, ProtocolOfficer, LiaisonOfficer, Analyst, Auditor", role.Message, StringComparison.Ordinal);
        Assert.Contains("already taken", taken.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Users.CountAsync());
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => database.CreateContext(StaticAuditContext.CommandLine));
        services.AddIdentityCore<LiaisonUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<LiaisonDbContext>();
        services.AddScoped<UserAdministration>();
        return services.BuildServiceProvider();
    }
}
