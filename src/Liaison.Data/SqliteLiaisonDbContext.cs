using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

/// <summary>
/// <see cref="LiaisonDbContext"/> on SQLite; owns the migrations in Migrations/Sqlite. Double
/// bookings are refused by triggers that raise <see cref="DoubleBookingMarker"/>.
/// </summary>
public sealed class SqliteLiaisonDbContext : LiaisonDbContext
{
    /// <summary>The text the SQLite no-overlap triggers abort with.</summary>
    public const string DoubleBookingMarker = "LIAISON_DOUBLE_BOOKING";

    /// <summary>Creates the context.</summary>
    /// <param name="options">Options built by <see cref="LiaisonDatabase.Configure"/>.</param>
    public SqliteLiaisonDbContext(DbContextOptions<SqliteLiaisonDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    protected override bool IsDoubleBooking(DbUpdateException exception) =>
        exception?.InnerException is SqliteException e && e.Message.Contains(DoubleBookingMarker, StringComparison.Ordinal);

    /// <inheritdoc />
    internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is SqliteException { SqliteExtendedErrorCode: SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE };
}
