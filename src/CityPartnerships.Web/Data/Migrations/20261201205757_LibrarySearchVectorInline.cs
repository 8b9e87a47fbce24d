using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// Keeps each version's search vector in its row (storage MAIN) instead of letting PostgreSQL move it to the TOAST
    /// table beside the long texts: the library's search evaluates @@ and ts_rank on every matching vector, and a TOAST
    /// fetch per row made that several times slower (docs/benchmarks.md). The long texts still move out of the row.
    /// The update rewrites the existing rows, which recomputes the stored vector under the new storage.
    /// </summary>
    public partial class LibrarySearchVectorInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "BestPracticeTexts" ALTER COLUMN "SearchVector" SET STORAGE MAIN;""");
            migrationBuilder.Sql("""UPDATE "BestPracticeTexts" SET "Title" = "Title";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "BestPracticeTexts" ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;""");
        }
    }
}
