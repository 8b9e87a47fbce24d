using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnershipListColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Partnerships_Status_Kind",
                table: "Partnerships");

            migrationBuilder.AddColumn<string>(
                name: "CityCountryCode",
                table: "Partnerships",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InvolvesGlobalSouth",
                table: "Partnerships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PartnerCountryCode",
                table: "Partnerships",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchRegion",
                table: "Cities",
                type: "text",
                nullable: true,
                computedColumnSql: "public.immutable_unaccent(lower(\"Region\"))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_CityCountryCode",
                table: "Partnerships",
                column: "CityCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Kind_Id",
                table: "Partnerships",
                columns: new[] { "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_PartnerCountryCode",
                table: "Partnerships",
                column: "PartnerCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Status_Id",
                table: "Partnerships",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cities_SearchRegion",
                table: "Cities",
                column: "SearchRegion")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // Triggers keep the copies in step: a new partnership or a changed city pair reads both cities; a city whose
            // country changes updates its partnerships. Then fill the columns of the existing rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION partnership_list_columns() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    city_south boolean;
                    partner_south boolean;
                BEGIN
                    SELECT c."CountryCode", c."IsInGlobalSouth" INTO NEW."CityCountryCode", city_south
                        FROM "Cities" c WHERE c."Id" = NEW."CityId";
                    SELECT c."CountryCode", c."IsInGlobalSouth" INTO NEW."PartnerCountryCode", partner_south
                        FROM "Cities" c WHERE c."Id" = NEW."PartnerCityId";
                    NEW."InvolvesGlobalSouth" := coalesce(city_south, false) OR coalesce(partner_south, false);
                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER partnerships_list_columns
                    BEFORE INSERT OR UPDATE OF "CityId", "PartnerCityId" ON "Partnerships"
                    FOR EACH ROW EXECUTE FUNCTION partnership_list_columns();

                CREATE FUNCTION city_partnership_list_columns() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Partnerships" SET "CityId" = "CityId" WHERE "CityId" = NEW."Id" OR "PartnerCityId" = NEW."Id";
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER cities_partnership_list_columns
                    AFTER UPDATE OF "CountryCode", "IsInGlobalSouth" ON "Cities"
                    FOR EACH ROW
                    WHEN (OLD."CountryCode" IS DISTINCT FROM NEW."CountryCode" OR OLD."IsInGlobalSouth" IS DISTINCT FROM NEW."IsInGlobalSouth")
                    EXECUTE FUNCTION city_partnership_list_columns();

                UPDATE "Partnerships" SET "CityId" = "CityId";
                """);

            // The list sorts by start date and last verification with empty dates last, in both directions
            // (PartnershipFilter.Order); these indexes match those ORDER BY expressions exactly.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Partnerships_StartedOn_Ascending" ON "Partnerships" (("StartedOn" IS NULL), "StartedOn", "Id");
                CREATE INDEX "IX_Partnerships_StartedOn_Descending" ON "Partnerships" (("StartedOn" IS NULL), "StartedOn" DESC, "Id" DESC);
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Ascending" ON "Partnerships" (("LastVerifiedAt" IS NULL), "LastVerifiedAt", "Id");
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Descending" ON "Partnerships" (("LastVerifiedAt" IS NULL), "LastVerifiedAt" DESC, "Id" DESC);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS cities_partnership_list_columns ON "Cities";
                DROP TRIGGER IF EXISTS partnerships_list_columns ON "Partnerships";
                DROP FUNCTION IF EXISTS city_partnership_list_columns();
                DROP FUNCTION IF EXISTS partnership_list_columns();
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Descending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Descending";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_CityCountryCode",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_Kind_Id",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_PartnerCountryCode",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_Status_Id",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Cities_SearchRegion",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "SearchRegion",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "CityCountryCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "InvolvesGlobalSouth",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "PartnerCountryCode",
                table: "Partnerships");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Status_Kind",
                table: "Partnerships",
                columns: new[] { "Status", "Kind" });
        }
    }
}
