using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnershipDatePrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Partnerships_EndNotBeforeStart",
                table: "Partnerships");

            migrationBuilder.AddColumn<string>(
                name: "EndedOnPrecision",
                table: "Partnerships",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "StartedOnPrecision",
                table: "Partnerships",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Partnerships_EndNotBeforeStart",
                table: "Partnerships",
                sql: "\"EndedOn\" IS NULL OR \"StartedOn\" IS NULL OR date_part('year', \"EndedOn\") >= date_part('year', \"StartedOn\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Partnerships_EndNotBeforeStart",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "EndedOnPrecision",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "StartedOnPrecision",
                table: "Partnerships");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Partnerships_EndNotBeforeStart",
                table: "Partnerships",
                sql: "\"EndedOn\" IS NULL OR \"StartedOn\" IS NULL OR \"EndedOn\" >= \"StartedOn\"");
        }
    }
}
