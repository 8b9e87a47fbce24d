using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CityNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CityNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SearchName = table.Column<string>(type: "text", nullable: true, computedColumnSql: "public.immutable_unaccent(lower(\"Name\"))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityNames_Cities_CityId",
                        column: x => x.CityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityNames_CityId",
                table: "CityNames",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_CityNames_SearchName",
                table: "CityNames",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_CityNames_SearchName_trgm",
                table: "CityNames",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CityNames");
        }
    }
}
