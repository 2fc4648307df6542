using System.Net;
using Liaison.Data;
using Liaison.Data.Auditing;
using Liaison.Data.Dossiers;
using Liaison.Interchange;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Liaison.Cli.Tests.Reporting;

public sealed class ReportFromDatabaseTests : IDisposable
{
    private const string EventName = "92nd INTERPOL General Assembly";
    private static readonly string Sample = CliHarness.SampleScenario();
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.Combine("liaison.db");

    [Fact]
    public async Task WritesThePublicReportOfAnEventNamedInTheDatabase()
    {
        await ImportSampleAsync();
        var file = _folder.Combine("report.html");

        var outcome = Run("report", "--event", EventName, "--lang", "en", "--public", "--out", file);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal($"Database: SQLite file {DatabasePath}", outcome.Lines[0]);
        Assert.Equal($"Wrote {file}: public report in en, 43 meetings (18 not named), 2 agreements signed.", outcome.LastLine);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("Bilateral meetings held: 43", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Undisclosed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindsTheEventByIdForTheInternalReport()
    {
        var eventId = await ImportSampleAsync();
        var file = _folder.Combine("interne.html");

        var outcome = Run("report", "--event", eventId.ToString(), "--lang", "fr", "--internal", "--out", file);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Contains("Pays membre non divulgué 1", WebUtility.HtmlDecode(await File.ReadAllTextAsync(file)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEventExitsWithTwoListingTheEventsAndWritesNothing()
    {
        var eventId = await ImportSampleAsync();
        var file = _folder.Combine("report.html");

        var outcome = Run("report", "--event", "93rd Assembly", "--lang", "en", "--public", "--out", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Equal($"liaison report: --event 93rd Assembly: no event has that name or id. Fix: give one of '{EventName}' ({eventId}).", outcome.LastErrorLine);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void AFileAndAnEventTogetherAreRefused()
    {
        var outcome = Run("report", Sample, "--event", EventName, "--lang", "en", "--public", "--out", _folder.Combine("report.html"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains("Give either SOURCE, an event file, or --event NAME|ID", outcome.Errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(DatabaseSettings.ForSqliteFile(DatabasePath).ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _folder.Dispose();
    }

    private async Task<Guid> ImportSampleAsync()
    {
        await using var db = LiaisonDatabase.CreateContext(DatabaseSettings.ForSqliteFile(DatabasePath), StaticAuditContext.CommandLine, TimeProvider.System);
        await LiaisonDatabase.MigrateAsync(db);
        return await new DossierStore(db, TimeProvider.System).ImportAsync(EventFile.Read(Sample), "test");
    }

    private CliOutcome Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.PathKey] = DatabasePath })
            .Build();
        return CliHarness.Run(new CliServices(TimeProvider.System, CliHarness.PlaceNothing, Debug: true) { Configuration = configuration }, args);
    }
}
