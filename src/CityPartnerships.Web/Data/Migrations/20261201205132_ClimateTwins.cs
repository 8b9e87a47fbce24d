using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClimateTwins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClimateDataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Licence = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowsInFile = table.Column<int>(type: "integer", nullable: false),
                    RowsImported = table.Column<int>(type: "integer", nullable: false),
                    UnmatchedRows = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateDataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClimateTwinnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    FutureCityId = table.Column<int>(type: "integer", nullable: false),
                    AnalogueCityId = table.Column<int>(type: "integer", nullable: false),
                    Horizon = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateTwinnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClimateTwinnings_Cities_AnalogueCityId",
                        column: x => x.AnalogueCityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClimateTwinnings_Cities_FutureCityId",
                        column: x => x.FutureCityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClimateTwinnings_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CityClimates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scenario = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AnnualMeanTemperature = table.Column<double>(type: "double precision", nullable: false),
                    MaxTemperatureWarmestMonth = table.Column<double>(type: "double precision", nullable: false),
                    MinTemperatureColdestMonth = table.Column<double>(type: "double precision", nullable: false),
                    AnnualPrecipitation = table.Column<double>(type: "double precision", nullable: false),
                    PrecipitationWettestMonth = table.Column<double>(type: "double precision", nullable: false),
                    DataSetId = table.Column<int>(type: "integer", nullable: false),
                    IsDerived = table.Column<bool>(type: "boolean", nullable: false),
                    Derivation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityClimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityClimates_Cities_CityId",
                        column: x => x.CityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CityClimates_ClimateDataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "ClimateDataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityClimates_CityId_Period_Scenario",
                table: "CityClimates",
                columns: new[] { "CityId", "Period", "Scenario" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CityClimates_DataSetId",
                table: "CityClimates",
                column: "DataSetId");

            migrationBuilder.CreateIndex(
                name: "IX_CityClimates_Period_Scenario",
                table: "CityClimates",
                columns: new[] { "Period", "Scenario" });

            migrationBuilder.CreateIndex(
                name: "IX_ClimateDataSets_Name",
                table: "ClimateDataSets",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTwinnings_AnalogueCityId",
                table: "ClimateTwinnings",
                column: "AnalogueCityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTwinnings_FutureCityId",
                table: "ClimateTwinnings",
                column: "FutureCityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTwinnings_PartnershipId_FutureCityId",
                table: "ClimateTwinnings",
                columns: new[] { "PartnershipId", "FutureCityId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CityClimates");

            migrationBuilder.DropTable(
                name: "ClimateTwinnings");

            migrationBuilder.DropTable(
                name: "ClimateDataSets");
        }
    }
}
