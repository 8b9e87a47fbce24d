using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The register sorts entries without a date as if dated after (ascending) or before (descending) every real date
    /// (RegisterOrder), so each order is one value and the id: a page can start at a given row in the index (keyset
    /// paging). These indexes match those ORDER BY expressions exactly and replace the "IS NULL first" ones. Npgsql
    /// writes the largest and smallest DateOnly as DATE 'infinity' and '-infinity', hence those here.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201210000_KeysetPaging")]
    public partial class KeysetPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Descending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Descending";
                CREATE INDEX "IX_Partnerships_StartedOn_Ascending" ON "Partnerships" ((COALESCE("StartedOn", DATE 'infinity')), "Id");
                CREATE INDEX "IX_Partnerships_StartedOn_Descending" ON "Partnerships" ((COALESCE("StartedOn", DATE '-infinity')), "Id");
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Ascending" ON "Partnerships" ((COALESCE("LastVerifiedAt", TIMESTAMPTZ '9999-12-31 00:00:00+00')), "Id");
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Descending" ON "Partnerships" ((COALESCE("LastVerifiedAt", TIMESTAMPTZ '0001-01-01 00:00:00+00')), "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_StartedOn_Descending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Ascending";
                DROP INDEX IF EXISTS "IX_Partnerships_LastVerifiedAt_Descending";
                CREATE INDEX "IX_Partnerships_StartedOn_Ascending" ON "Partnerships" (("StartedOn" IS NULL), "StartedOn", "Id");
                CREATE INDEX "IX_Partnerships_StartedOn_Descending" ON "Partnerships" (("StartedOn" IS NULL), "StartedOn" DESC, "Id" DESC);
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Ascending" ON "Partnerships" (("LastVerifiedAt" IS NULL), "LastVerifiedAt", "Id");
                CREATE INDEX "IX_Partnerships_LastVerifiedAt_Descending" ON "Partnerships" (("LastVerifiedAt" IS NULL), "LastVerifiedAt" DESC, "Id" DESC);
                """);
        }
    }
}
