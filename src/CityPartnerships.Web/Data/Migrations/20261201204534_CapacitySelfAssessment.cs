using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CapacitySelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CapacityAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    FinancialScore = table.Column<int>(type: "integer", nullable: true),
                    AdministrativeScore = table.Column<int>(type: "integer", nullable: true),
                    PoliticalScore = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityAssessments_Cities_CityId",
                        column: x => x.CityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapacityQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Dimension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GermanText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GermanRecommendation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SolutionSlug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityQuestions", x => x.Id);
                    table.CheckConstraint("CK_CapacityQuestions_Weight", "\"Weight\" BETWEEN 1 AND 3");
                });

            migrationBuilder.CreateTable(
                name: "CapacityAnswer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityAnswer_CapacityAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "CapacityAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CapacityAnswer_CapacityQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "CapacityQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAnswer_AssessmentId_QuestionId",
                table: "CapacityAnswer",
                columns: new[] { "AssessmentId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAnswer_QuestionId",
                table: "CapacityAnswer",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAssessments_CityId_TakenAt_Id",
                table: "CapacityAssessments",
                columns: new[] { "CityId", "TakenAt", "Id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CapacityAnswer");

            migrationBuilder.DropTable(
                name: "CapacityAssessments");

            migrationBuilder.DropTable(
                name: "CapacityQuestions");
        }
    }
}
