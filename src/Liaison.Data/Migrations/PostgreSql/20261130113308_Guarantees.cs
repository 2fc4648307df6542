using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Guarantees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No resource (room, participant, interpreter) in two overlapping bookings of one event,
            // enforced by the server even between concurrent transactions (btree_gist gives = on uuid and text).
            migrationBuilder.Sql("""
                ALTER TABLE "MeetingBookings" ADD CONSTRAINT "EX_MeetingBookings_NoOverlap"
                EXCLUDE USING gist ("EventId" WITH =, "Resource" WITH =, tstzrange("Start", "End", '[)') WITH &&);
                """);

            // The audit trail is append-only, whatever the client.
            migrationBuilder.Sql("""
                CREATE FUNCTION liaison_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'LIAISON_AUDIT_APPEND_ONLY: % on the audit trail is refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER "TR_AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION liaison_audit_append_only();
                CREATE TRIGGER "TR_AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION liaison_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "TR_AuditEntries_NoTruncate" ON "AuditEntries";
                DROP TRIGGER IF EXISTS "TR_AuditEntries_AppendOnly" ON "AuditEntries";
                DROP FUNCTION IF EXISTS liaison_audit_append_only();
                ALTER TABLE "MeetingBookings" DROP CONSTRAINT IF EXISTS "EX_MeetingBookings_NoOverlap";
                """);
        }
    }
}
