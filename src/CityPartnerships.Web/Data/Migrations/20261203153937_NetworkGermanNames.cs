using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NetworkGermanNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GermanAcronym",
                table: "Networks",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GermanName",
                table: "Networks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "und-x-icu");

            // Databases seeded before this change get the German names of the networks seeded then (ReferenceData.InitialNetworks).
            migrationBuilder.Sql("""
                UPDATE "Networks" SET "GermanName" = 'Rat der Gemeinden und Regionen Europas', "GermanAcronym" = 'RGRE'
                WHERE "Name" = 'Council of European Municipalities and Regions' AND "GermanName" IS NULL AND "GermanAcronym" IS NULL;
                UPDATE "Networks" SET "GermanName" = 'ICLEI – Kommunen für Nachhaltigkeit'
                WHERE "Name" = 'ICLEI – Local Governments for Sustainability' AND "GermanName" IS NULL;
                UPDATE "Networks" SET "GermanName" = 'Konvent der Bürgermeister für Klima und Energie', "GermanAcronym" = 'Konvent der Bürgermeister'
                WHERE "Name" = 'Covenant of Mayors for Climate & Energy' AND "GermanName" IS NULL AND "GermanAcronym" IS NULL;
                UPDATE "Networks" SET "GermanName" = 'Klima-Bündnis'
                WHERE "Name" = 'Climate Alliance' AND "GermanName" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GermanAcronym",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "GermanName",
                table: "Networks");
        }
    }
}
