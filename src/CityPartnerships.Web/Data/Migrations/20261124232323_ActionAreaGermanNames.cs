using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionAreaGermanNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GermanName",
                table: "ActionAreas",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            // German names for the action areas every installation starts with (ReferenceData); areas added by an
            // association keep an empty German name until someone gives them one.
            migrationBuilder.Sql("""
                UPDATE "ActionAreas" SET "GermanName" = 'Klima- und Umweltschutz' WHERE "Name" = 'Climate action and environmental protection' AND "GermanName" IS NULL;
                UPDATE "ActionAreas" SET "GermanName" = 'Gesundheit und Pandemiebewältigung' WHERE "Name" = 'Health and pandemic response' AND "GermanName" IS NULL;
                UPDATE "ActionAreas" SET "GermanName" = 'Wirtschaft und Wohlstand' WHERE "Name" = 'Economic prosperity' AND "GermanName" IS NULL;
                UPDATE "ActionAreas" SET "GermanName" = 'Migration und Flucht' WHERE "Name" = 'Migration and displacement' AND "GermanName" IS NULL;
                UPDATE "ActionAreas" SET "GermanName" = 'Nachhaltige Entwicklung (SDGs)' WHERE "Name" = 'Sustainable development (SDGs)' AND "GermanName" IS NULL;
                UPDATE "ActionAreas" SET "GermanName" = 'Wissensaustausch' WHERE "Name" = 'Knowledge exchange' AND "GermanName" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GermanName",
                table: "ActionAreas");
        }
    }
}
