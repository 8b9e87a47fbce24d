using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Gazetteer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cities_Name_CountryCode_Region",
                table: "Cities");

            migrationBuilder.AddColumn<int>(
                name: "GeoNameId",
                table: "Cities",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cities_GeoNameId",
                table: "Cities",
                column: "GeoNameId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cities_Name_CountryCode_Region_GeoNameId",
                table: "Cities",
                columns: new[] { "Name", "CountryCode", "Region", "GeoNameId" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cities_GeoNameId",
                table: "Cities");

            migrationBuilder.DropIndex(
                name: "IX_Cities_Name_CountryCode_Region_GeoNameId",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "GeoNameId",
                table: "Cities");

            migrationBuilder.CreateIndex(
                name: "IX_Cities_Name_CountryCode_Region",
                table: "Cities",
                columns: new[] { "Name", "CountryCode", "Region" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }
    }
}
