using Liaison.Data.Auditing;
using Liaison.Data.Backup;
using Liaison.Data.Dossiers;
using Liaison.Data.Programmes;
using Liaison.Data.Requests;
using Liaison.Data.Scenarios;
using Liaison.Data.Topics;
using Liaison.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Liaison.Data;

/// <summary>Registers and prepares Liaison's database for a host (web server or command line).</summary>
public static class LiaisonDatabase
{
    /// <summary>
    /// Registers <see cref="DatabaseSettings"/> (from <paramref name="configuration"/>), the
    /// provider's context as <see cref="LiaisonDbContext"/> (scoped), <see cref="TimeProvider.System"/>
    /// unless a TimeProvider is already registered, and the scoped services
    /// <see cref="ScenarioStore"/>, <see cref="RequestWorkflow"/>, <see cref="ProgrammeStore"/> and
    /// <see cref="DatabaseBackup"/>, and <see cref="UserAdministration"/> (which needs Identity with
    /// roles registered by the host). The host must register an <see cref="IAuditContext"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Configuration holding the keys described on <see cref="DatabaseSettings"/>.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="InvalidOperationException">On invalid database settings.</exception>
    public static IServiceCollection AddLiaisonDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = DatabaseSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<LiaisonDbContext, SqliteLiaisonDbContext>((sp, options) =>
                Configure(options, settings, sp.GetRequiredService<IAuditContext>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddDbContext<LiaisonDbContext, PostgreSqlLiaisonDbContext>((sp, options) =>
                Configure(options, settings, sp.GetRequiredService<IAuditContext>(), sp.GetRequiredService<TimeProvider>()));
        }

        services.AddScoped<ScenarioStore>();
        services.AddScoped<DossierStore>();
        services.AddScoped<RecordStore>();
        services.AddScoped<TopicStore>();
        services.AddScoped<ExportAudit>();
        services.AddScoped<AgreementStore>();
        services.AddScoped<CommitmentStore>();
        services.AddScoped<AgreementDocumentStore>();
        services.AddScoped<RequestWorkflow>();
        services.AddScoped<ProgrammeStore>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<UserAdministration>();
        return services;
    }

    /// <summary>Configures EF Core for <paramref name="settings"/>: provider, migrations assembly, WAL on SQLite, auditing.</summary>
    /// <param name="options">The options being built.</param>
    /// <param name="settings">Provider and connection.</param>
    /// <param name="audit">Who saves, for the audit trail.</param>
    /// <param name="time">Clock for audit entries.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings, IAuditContext audit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteWalInterceptor());
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString);
        }

        return options.AddInterceptors(new AuditInterceptor(audit, time));
    }

    /// <summary>Creates a context outside dependency injection (tests, tools); the caller disposes it.</summary>
    /// <param name="settings">Provider and connection.</param>
    /// <param name="audit">Who saves, for the audit trail.</param>
    /// <param name="time">Clock for audit entries.</param>
    public static LiaisonDbContext CreateContext(DatabaseSettings settings, IAuditContext audit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == DatabaseProvider.Sqlite
            ? new SqliteLiaisonDbContext((DbContextOptions<SqliteLiaisonDbContext>)Configure(new DbContextOptionsBuilder<SqliteLiaisonDbContext>(), settings, audit, time).Options)
            : new PostgreSqlLiaisonDbContext((DbContextOptions<PostgreSqlLiaisonDbContext>)Configure(new DbContextOptionsBuilder<PostgreSqlLiaisonDbContext>(), settings, audit, time).Options);
    }

    /// <summary>
    /// Creates the database if needed (for SQLite also its folder) and applies pending migrations.
    /// Safe to call on every start.
    /// </summary>
    /// <param name="services">The host's root services (a scope is created).</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>Creates the database if needed (for SQLite also its folder) and applies pending migrations.</summary>
    /// <param name="db">A context.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAsync(LiaisonDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider == DatabaseProvider.Sqlite && Path.GetDirectoryName(Path.GetFullPath(db.Database.GetDbConnection().DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
