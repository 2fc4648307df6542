using Liaison.Data;
using Liaison.Data.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Liaison.Cli.Tests.Database;

public sealed class DatabaseCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.Combine("liaison.db");

    [Fact]
    public void UsersAddCreatesTheFirstAdministratorAndPrintsItsPasswordOnce()
    {
        var outcome = Run("users", "add", "--role", "Administrator", "--email", "admin@host.example");

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal($"Database: SQLite file {DatabasePath}", outcome.Lines[0]);
        Assert.Equal("Created Administrator admin@host.example.", outcome.Lines[1]);
        var password = outcome.Lines[2]["Password (shown once, not stored): ".Length..];
        using var db = Context();
        var user = db.Users.Single();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<LiaisonUser>().VerifyHashedPassword(user, user.PasswordHash!, password));
        Assert.DoesNotContain(password, user.PasswordHash!, StringComparison.Ordinal);
        Assert.Equal("role-administrator", db.UserRoles.Single().RoleId);
        Assert.Equal("cli", db.AuditEntries.First(a => a.EntityType == nameof(LiaisonUser)).Client);
    }

    [Fact]
    public void UsersAddWithAnUnknownRoleExitsWithTwoAndNamesTheRoles()
    {
        var outcome = Run("users", "add", "--role", "Boss", "--email", "x@host.example");

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Equal("liaison users add: 'Boss' is not a role; use one of Administrator, ProtocolOfficer, LiaisonOfficer, Analyst, Auditor.", outcome.LastErrorLine);
        using var db = Context();
        Assert.Empty(db.Users);
    }

    [Fact]
    public void RestoreBringsBackTheDatabaseAsBackedUp()
    {
        Run("users", "add", "--role", "Auditor", "--email", "before@host.example");
        var backup = Run("backup", "--out", _folder.Combine("liaison.backup"));
        Run("users", "add", "--role", "Analyst", "--email", "after@host.example", "--clearance");

        var restore = Run("restore", _folder.Combine("liaison.backup"));

        Assert.Equal((ExitCode.Success, ExitCode.Success), (backup.ExitCode, restore.ExitCode));
        Assert.Equal($"Restored the database from {_folder.Combine("liaison.backup")}.", restore.LastLine);
        using var db = Context();
        Assert.Equal(["before@host.example"], db.Users.Select(u => u.Email).ToList());
    }

    [Fact]
    public void RestoreOfAMissingFileExitsWithTwoAndSaysWhatToGive()
    {
        var outcome = Run("restore", _folder.Combine("nothing.backup"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Equal($"{_folder.Combine("nothing.backup")}: no such file. Fix: give the path of a file written by 'liaison backup --out FILE'.", outcome.LastErrorLine);
    }

    [Fact]
    public void RestoreOfAFileThatIsNotABackupExitsWithTwo()
    {
        var file = _folder.WriteFile("notes.txt", "not a backup");

        var outcome = Run("restore", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains("is not a SQLite database", outcome.LastErrorLine, StringComparison.Ordinal);
        Assert.Contains("give a file written by 'liaison backup'", outcome.LastErrorLine, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(DatabaseSettings.ForSqliteFile(DatabasePath).ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _folder.Dispose();
    }

    private CliOutcome Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.PathKey] = DatabasePath })
            .Build();
        return CliHarness.Run(new CliServices(TimeProvider.System, CliHarness.PlaceNothing, Debug: true) { Configuration = configuration }, args);
    }

    private LiaisonDbContext Context() =>
        LiaisonDatabase.CreateContext(DatabaseSettings.ForSqliteFile(DatabasePath), StaticAuditContext.CommandLine, TimeProvider.System);
}
