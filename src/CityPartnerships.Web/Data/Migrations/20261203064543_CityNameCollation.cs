using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CityNameCollation : Migration
    {
        // PostgreSQL cannot change the collation of a column that a generated column reads, so the search column is
        // dropped first and added again (with its trigram index), computed in the database's collation as before.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Cities" DROP COLUMN "SearchName";
                ALTER TABLE "Cities"
                    ALTER COLUMN "Name" TYPE character varying(120) COLLATE "und-x-icu",
                    ALTER COLUMN "GermanName" TYPE character varying(120) COLLATE "und-x-icu";
                ALTER TABLE "Cities" ADD COLUMN "SearchName" text GENERATED ALWAYS AS (public.immutable_unaccent(lower("Name" COLLATE "default"))) STORED;
                CREATE INDEX "IX_Cities_SearchName" ON "Cities" USING gin ("SearchName" gin_trgm_ops);
                ANALYZE "Cities";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Cities" DROP COLUMN "SearchName";
                ALTER TABLE "Cities"
                    ALTER COLUMN "Name" TYPE character varying(120) COLLATE "default",
                    ALTER COLUMN "GermanName" TYPE character varying(120) COLLATE "default";
                ALTER TABLE "Cities" ADD COLUMN "SearchName" text GENERATED ALWAYS AS (public.immutable_unaccent(lower("Name"))) STORED;
                CREATE INDEX "IX_Cities_SearchName" ON "Cities" USING gin ("SearchName" gin_trgm_ops);
                """);
        }
    }
}
