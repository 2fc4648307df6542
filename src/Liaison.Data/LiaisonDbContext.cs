using Liaison.Data.Configurations;
using Liaison.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data;

/// <summary>
/// Liaison's unit of work over SQLite or PostgreSQL (see <see cref="SqliteLiaisonDbContext"/> and
/// <see cref="PostgreSqlLiaisonDbContext"/>, which own their migrations), with ASP.NET Core Identity.
/// Application code uses it directly. Saving: <see cref="IVersioned.Version"/> is incremented on
/// every modified row; a stale save throws <see cref="ConcurrencyConflictException"/>; an
/// overlapping booking of a room, participant or interpreter throws
/// <see cref="DoubleBookingException"/>; every change is audited (see <see cref="Auditing.AuditInterceptor"/>).
/// </summary>
/// <remarks>Not thread-safe: one instance per request or unit of work, as with any DbContext.</remarks>
public abstract class LiaisonDbContext : IdentityDbContext<LiaisonUser, IdentityRole, string>
{
    /// <summary>Creates the context; use <see cref="LiaisonDatabase.Configure"/> to build the options.</summary>
    /// <param name="options">Provider, connection and interceptors.</param>
    protected LiaisonDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The provider this context runs on.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Events.</summary>
    public DbSet<EventEntity> Events => Set<EventEntity>();

    /// <summary>Working days of events.</summary>
    public DbSet<EventDayEntity> EventDays => Set<EventDayEntity>();

    /// <summary>Parties.</summary>
    public DbSet<PartyEntity> Parties => Set<PartyEntity>();

    /// <summary>Agencies.</summary>
    public DbSet<AgencyEntity> Agencies => Set<AgencyEntity>();

    /// <summary>Principals and delegations together.</summary>
    public DbSet<ParticipantEntity> Participants => Set<ParticipantEntity>();

    /// <summary>Principals.</summary>
    public DbSet<PrincipalEntity> Principals => Set<PrincipalEntity>();

    /// <summary>Delegations.</summary>
    public DbSet<DelegationEntity> Delegations => Set<DelegationEntity>();

    /// <summary>Rooms.</summary>
    public DbSet<RoomEntity> Rooms => Set<RoomEntity>();

    /// <summary>Interpreters.</summary>
    public DbSet<InterpreterEntity> Interpreters => Set<InterpreterEntity>();

    /// <summary>Blocked times.</summary>
    public DbSet<BlockedTimeEntity> BlockedTimes => Set<BlockedTimeEntity>();

    /// <summary>Meeting requests.</summary>
    public DbSet<MeetingRequestEntity> MeetingRequests => Set<MeetingRequestEntity>();

    /// <summary>Request status history.</summary>
    public DbSet<RequestStatusChange> RequestStatusChanges => Set<RequestStatusChange>();

    /// <summary>Programme meetings.</summary>
    public DbSet<MeetingEntity> Meetings => Set<MeetingEntity>();

    /// <summary>Resources held by meetings (maintained by ProgrammeStore).</summary>
    public DbSet<MeetingBookingEntity> MeetingBookings => Set<MeetingBookingEntity>();

    /// <summary>Topic taxonomies of events.</summary>
    public DbSet<TopicEntity> Topics => Set<TopicEntity>();

    /// <summary>Records of held meetings.</summary>
    public DbSet<MeetingRecordEntity> MeetingRecords => Set<MeetingRecordEntity>();

    /// <summary>Agreements registers.</summary>
    public DbSet<AgreementEntity> Agreements => Set<AgreementEntity>();

    /// <summary>Recorded agreement status moves.</summary>
    public DbSet<AgreementStatusChangeEntity> AgreementStatusChanges => Set<AgreementStatusChangeEntity>();

    /// <summary>Signed agreement documents (content included: select only the columns you need).</summary>
    public DbSet<AgreementDocumentEntity> AgreementDocuments => Set<AgreementDocumentEntity>();

    /// <summary>Follow-up commitments.</summary>
    public DbSet<CommitmentEntity> Commitments => Set<CommitmentEntity>();

    /// <summary>Planner runs.</summary>
    public DbSet<PlannerRunEntity> PlannerRuns => Set<PlannerRunEntity>();

    /// <summary>The append-only audit trail: add-only; updates and deletes are refused.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    /// <remarks>
    /// Runs the asynchronous path so the version bump and the error translation exist once; Liaison's
    /// hosts (ASP.NET Core, the command line) have no synchronisation context, so blocking cannot deadlock.
    /// </remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <inheritdoc />
    /// <exception cref="ConcurrencyConflictException">A modified or deleted row changed in the database since it was read.</exception>
    /// <exception cref="DoubleBookingException">A booking overlaps another booking of the same resource.</exception>
    /// <exception cref="InvalidOperationException">An audit entry was modified or deleted.</exception>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var bumped = VersionBump.Apply(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            VersionBump.Undo(bumped);
            throw await ConcurrencyConflictException.FromAsync(e, cancellationToken);
        }
        catch (DbUpdateException e) when (IsDoubleBooking(e))
        {
            VersionBump.Undo(bumped);
            throw await DoubleBookingException.FromAsync(this, e, cancellationToken);
        }
        catch
        {
            VersionBump.Undo(bumped);
            throw;
        }
    }

    /// <summary>Whether <paramref name="exception"/> is the database refusing an overlapping booking.</summary>
    /// <param name="exception">A failed save.</param>
    protected abstract bool IsDoubleBooking(DbUpdateException exception);

    /// <summary>Whether <paramref name="exception"/> is the database refusing a row that repeats a unique index's key.</summary>
    /// <param name="exception">A failed save.</param>
    internal abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LiaisonDbContext).Assembly);
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => t.BaseType is null && typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
