using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlainTextOfPracticeVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlainText",
                table: "BestPracticeTexts",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlainText",
                table: "BestPracticeTexts");
        }
    }
}
