using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Guarantees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No resource (room, participant, interpreter) in two overlapping bookings of one event.
            // SQLite writes one transaction at a time, so a check at write time cannot race.
            foreach (var operation in new[] { "INSERT", "UPDATE" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_MeetingBookings_NoOverlap_{operation}" BEFORE {operation} ON "MeetingBookings"
                    WHEN EXISTS (
                        SELECT 1 FROM "MeetingBookings" AS b
                        WHERE b."Id" <> NEW."Id" AND b."EventId" = NEW."EventId" AND b."Resource" = NEW."Resource"
                          AND b."Start" < NEW."End" AND NEW."Start" < b."End")
                    BEGIN
                        SELECT RAISE(ABORT, 'LIAISON_DOUBLE_BOOKING: the resource is already booked at that time');
                    END;
                    """);
            }

            // The audit trail is append-only, whatever the client.
            foreach (var operation in new[] { "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_AuditEntries_No{operation}" BEFORE {operation} ON "AuditEntries"
                    BEGIN
                        SELECT RAISE(ABORT, 'LIAISON_AUDIT_APPEND_ONLY: the audit trail cannot be changed or deleted');
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "TR_MeetingBookings_NoOverlap_INSERT", "TR_MeetingBookings_NoOverlap_UPDATE", "TR_AuditEntries_NoUPDATE", "TR_AuditEntries_NoDELETE" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            }
        }
    }
}
