using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Liaison.Data;

/// <summary>
/// <see cref="LiaisonDbContext"/> on PostgreSQL; owns the migrations in Migrations/PostgreSql.
/// Double bookings are refused by the exclusion constraint <see cref="NoOverlapConstraint"/>
/// (btree_gist) on <c>MeetingBookings</c>.
/// </summary>
public sealed class PostgreSqlLiaisonDbContext : LiaisonDbContext
{
    /// <summary>Name of the exclusion constraint over (event, resource, time range).</summary>
    public const string NoOverlapConstraint = "EX_MeetingBookings_NoOverlap";

    /// <summary>Creates the context.</summary>
    /// <param name="options">Options built by <see cref="LiaisonDatabase.Configure"/>.</param>
    public PostgreSqlLiaisonDbContext(DbContextOptions<PostgreSqlLiaisonDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    /// <inheritdoc />
    protected override bool IsDoubleBooking(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation, ConstraintName: NoOverlapConstraint };

    /// <inheritdoc />
    internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("btree_gist");
    }
}
