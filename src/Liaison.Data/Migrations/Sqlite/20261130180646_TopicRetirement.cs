using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TopicRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Retired",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Retired",
                table: "Topics");
        }
    }
}
