using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The register sorts kinds and statuses in the order the forms list them (RegisterOrder: twinning first; proposed,
    /// active, dormant, ended) instead of by their stored English names. These indexes match those ORDER BY expressions
    /// exactly, so a page still starts at a given row in the index (keyset paging).
    /// </summary>
    public partial class KindAndStatusOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Partnerships_KindOrder" ON "Partnerships"
                    ((CASE WHEN "Kind" = 'Twinning' THEN 0 WHEN "Kind" = 'Friendship' THEN 1 WHEN "Kind" = 'Contact' THEN 2 ELSE 3 END), "Id");
                CREATE INDEX "IX_Partnerships_StatusOrder" ON "Partnerships"
                    ((CASE WHEN "Status" = 'Proposed' THEN 0 WHEN "Status" = 'Active' THEN 1 WHEN "Status" = 'Dormant' THEN 2 ELSE 3 END), "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Partnerships_KindOrder";
                DROP INDEX IF EXISTS "IX_Partnerships_StatusOrder";
                """);
        }
    }
}
