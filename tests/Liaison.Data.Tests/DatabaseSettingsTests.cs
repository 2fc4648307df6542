using Liaison.Data.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Data.Tests;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void DefaultsToASqliteFileUnderTheUsersDataFolder()
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration());

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "Liaison", "liaison.db"), settings.SqlitePath);
        Assert.EndsWith(Path.Combine("Liaison", "liaison.db"), DatabaseSettings.DefaultSqlitePath, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSqlNeedsAConnectionStringAndNeverShowsItsPassword()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("Liaison:Database:Provider", "postgresql"))));
        var settings = DatabaseSettings.FromConfiguration(Configuration(
            ("Liaison:Database:Provider", "PostgreSql"), ("ConnectionStrings:Liaison", "Host=db.example;Port=5433;Database=liaison;Username=app;Password=s3cret")));

        Assert.Contains("ConnectionStrings__Liaison", missing.Message, StringComparison.Ordinal);
        Assert.Equal("PostgreSQL database liaison on db.example:5433", settings.Describe());
    }

    [Fact]
    public void RefusesAnUnknownProviderNamingTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("Liaison:Database:Provider", "Oracle"))));

        Assert.Equal("Liaison:Database:Provider is 'Oracle'; set it to Sqlite or PostgreSql.", error.Message);
    }

    [Fact]
    public async Task FirstStartCreatesTheSqliteFolderAndFileAndMigratesThem()
    {
        var root = Directory.CreateTempSubdirectory("liaison-settings-").FullName;
        var path = Path.Combine(root, "nested", "liaison.db");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IAuditContext>(StaticAuditContext.System);
            services.AddLiaisonDatabase(Configuration(("Liaison:Database:Path", path)));
            await using var provider = services.BuildServiceProvider();

            await LiaisonDatabase.MigrateAsync(provider);

            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
            Assert.IsType<SqliteLiaisonDbContext>(db);
            Assert.True(File.Exists(path));
            Assert.Equal(5, await db.Roles.CountAsync());
            using var connection = new SqliteConnection(db.Database.GetConnectionString());
            SqliteConnection.ClearPool(connection);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
