using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CityGermanNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GermanName",
                table: "Cities",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            // Databases whose gazetteer names were loaded before: the German one of each place (as GazetteerImporter does).
            migrationBuilder.Sql("""
                UPDATE "Cities" AS c SET "GermanName" = german.name
                FROM (SELECT "CityId", min("Name") AS name FROM "CityNames" WHERE "Language" = 'de' GROUP BY "CityId") AS german
                WHERE c."Id" = german."CityId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GermanName",
                table: "Cities");
        }
    }
}
