using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScopeType",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ScopeId",
                table: "AuditEntries",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "EntityId",
                table: "AuditEntries",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            // Every entry so far belongs to a partnership's history; its type names are already the stable ones.
            migrationBuilder.Sql("""
                UPDATE "AuditEntries"
                SET "ScopeType" = CASE WHEN "PartnershipId" IS NULL THEN "EntityType" ELSE 'Partnership' END,
                    "ScopeId" = COALESCE("PartnershipId"::text, "EntityId")
                """);

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_PartnershipId_At",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PartnershipId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ScopeType_ScopeId_At",
                table: "AuditEntries",
                columns: new[] { "ScopeType", "ScopeId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PartnershipId",
                table: "AuditEntries",
                type: "integer",
                nullable: true);

            // The old shape knows only partnership histories: the others (cities, units, users, ...) are lost.
            migrationBuilder.Sql("""
                DELETE FROM "AuditEntries" WHERE "ScopeType" <> 'Partnership';
                UPDATE "AuditEntries" SET "PartnershipId" = "ScopeId"::integer;
                ALTER TABLE "AuditEntries" ALTER COLUMN "EntityId" TYPE integer USING "EntityId"::integer;
                """);

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ScopeType_ScopeId_At",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ScopeId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ScopeType",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnershipId_At",
                table: "AuditEntries",
                columns: new[] { "PartnershipId", "At" });
        }
    }
}
