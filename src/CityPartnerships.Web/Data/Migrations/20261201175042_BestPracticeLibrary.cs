using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BestPracticeLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "BestPractices",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "BestPractices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "Links",
                table: "BestPractices",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<int[]>(
                name: "Sdgs",
                table: "BestPractices",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "BestPractices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirstFeaturedPracticeId",
                table: "ActionAreas",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GermanBenefits",
                table: "ActionAreas",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GermanDescription",
                table: "ActionAreas",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GermanSuggestions",
                table: "ActionAreas",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "Sdgs",
                table: "ActionAreas",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "SecondFeaturedPracticeId",
                table: "ActionAreas",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BestPracticeActionAreas",
                columns: table => new
                {
                    ActionAreasId = table.Column<int>(type: "integer", nullable: false),
                    BestPracticeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeActionAreas", x => new { x.ActionAreasId, x.BestPracticeId });
                    table.ForeignKey(
                        name: "FK_BestPracticeActionAreas_ActionAreas_ActionAreasId",
                        column: x => x.ActionAreasId,
                        principalTable: "ActionAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestPracticeActionAreas_BestPractices_BestPracticeId",
                        column: x => x.BestPracticeId,
                        principalTable: "BestPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestPracticeAdoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BestPracticeId = table.Column<int>(type: "integer", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    AdoptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OutcomeRecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeAdoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestPracticeAdoptions_BestPractices_BestPracticeId",
                        column: x => x.BestPracticeId,
                        principalTable: "BestPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestPracticeAdoptions_Cities_CityId",
                        column: x => x.CityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BestPracticeAdoptions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestPracticePictures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BestPracticeId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    AltText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticePictures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestPracticePictures_BestPractices_BestPracticeId",
                        column: x => x.BestPracticeId,
                        principalTable: "BestPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestPracticeReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BestPracticeId = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MeetsRelevance = table.Column<bool>(type: "boolean", nullable: false),
                    MeetsEvidence = table.Column<bool>(type: "boolean", nullable: false),
                    MeetsTransferability = table.Column<bool>(type: "boolean", nullable: false),
                    MeetsCompleteness = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestPracticeReviews_BestPractices_BestPracticeId",
                        column: x => x.BestPracticeId,
                        principalTable: "BestPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestPracticeTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BestPracticeId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Challenge = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Approach = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Results = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Costs = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Transferability = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Partners = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    SearchVector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, \"Title\"), 'A') ||\nsetweight(to_tsvector(CASE WHEN \"Language\" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, \"Summary\"), 'B') ||\nsetweight(to_tsvector(CASE WHEN \"Language\" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(\"Challenge\", '') || ' ' || coalesce(\"Approach\", '') || ' ' || coalesce(\"Results\", '')), 'C') ||\nsetweight(to_tsvector(CASE WHEN \"Language\" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(\"Costs\", '') || ' ' || coalesce(\"Transferability\", '') || ' ' || coalesce(\"Partners\", '')), 'D')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeTexts", x => x.Id);
                    table.CheckConstraint("CK_BestPracticeTexts_Language", "\"Language\" IN ('de', 'en')");
                    table.ForeignKey(
                        name: "FK_BestPracticeTexts_BestPractices_BestPracticeId",
                        column: x => x.BestPracticeId,
                        principalTable: "BestPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentPages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GermanTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    GermanBody = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentPages", x => x.Id);
                });

            // The practices kept so far (a title, a summary and one action area) become English versions in the
            // template; the old columns go once their content has moved.
            migrationBuilder.Sql("""
                INSERT INTO "BestPracticeTexts" ("BestPracticeId", "Language", "Title", "Summary")
                SELECT "Id", 'en', "Title", "Summary" FROM "BestPractices";
                INSERT INTO "BestPracticeActionAreas" ("BestPracticeId", "ActionAreasId")
                SELECT "Id", "ActionAreaId" FROM "BestPractices";
                UPDATE "BestPractices" SET "SubmittedAt" = "PublishedAt" WHERE "Status" <> 'Draft';
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_BestPractices_ActionAreas_ActionAreaId",
                table: "BestPractices");

            migrationBuilder.DropIndex(
                name: "IX_BestPractices_ActionAreaId",
                table: "BestPractices");

            migrationBuilder.DropIndex(
                name: "IX_BestPractices_Status_ActionAreaId",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "ActionAreaId",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "BestPractices");

            // German texts for the action areas every installation starts with (ReferenceData); areas added by an
            // association keep English texts until someone writes German ones.
            migrationBuilder.Sql("""
                UPDATE "ActionAreas" SET "GermanDescription" = 'Städte senken Emissionen, passen sich an Hitze, Dürre und Starkregen an und schützen die Natur – gemeinsam mit Partnerstädten, die dasselbe oder das Klima von morgen erleben.', "GermanBenefits" = 'Partner teilen erprobte Anpassungsmaßnahmen; Klimazwillinge zeigen einer Stadt heute ihr künftiges Klima; gemeinsame Projekte erschließen Klimafördermittel.', "GermanSuggestions" = 'Beginnen Sie eine Klimapartnerschaft mit einer bestehenden Partnerstadt, treten Sie dem Konvent der Bürgermeister oder dem Klima-Bündnis bei und vergleichen Sie Hitzeaktionspläne mit einem Klimazwilling.', "Sdgs" = ARRAY[7, 11, 13, 15] WHERE "Name" = 'Climate action and environmental protection' AND "GermanDescription" IS NULL;
                UPDATE "ActionAreas" SET "GermanDescription" = 'Die Coronapandemie hat gezeigt: Gesundheitskrisen sind global und werden lokal bewältigt. Städte tauschen aus, was im öffentlichen Gesundheitsdienst und im Krisenmanagement wirkt.', "GermanBenefits" = 'Schnelleres Lernen in der Krise, gegenseitige Hilfe mit Ausrüstung und Fachwissen und stärkere Gesundheitsdienste vor Ort.', "GermanSuggestions" = 'Halten Sie die Kontakte zu den Gesundheitsämtern der Partnerstädte aktuell und tauschen Sie Krisenpläne vor dem nächsten Notfall aus.', "Sdgs" = ARRAY[3] WHERE "Name" = 'Health and pandemic response' AND "GermanDescription" IS NULL;
                UPDATE "ActionAreas" SET "GermanDescription" = 'Internationale Kontakte helfen örtlichen Unternehmen, Märkte zu finden, Investitionen und Fachkräfte zu gewinnen, und stärken den Standort.', "GermanBenefits" = 'Handels- und Investitionskontakte, Sichtbarkeit der Stadt im Ausland und Zugang zu EU- und internationalen Programmen.', "GermanSuggestions" = 'Nehmen Sie Wirtschaftsdelegationen zu Partnerschaftsbesuchen mit und bringen Sie die Industrie- und Handelskammer mit der der Partnerstadt zusammen.', "Sdgs" = ARRAY[8, 9, 17] WHERE "Name" = 'Economic prosperity' AND "GermanDescription" IS NULL;
                UPDATE "ActionAreas" SET "GermanDescription" = 'Städte nehmen Menschen auf, die aus dem Ausland kommen, integrieren sie und arbeiten mit Städten in Herkunfts- und Transitländern zusammen.', "GermanBenefits" = 'Bessere Integration durch Kontakte zu Diaspora-Gemeinschaften und Partnerstädten; gemeinsame Lösungen für Wohnen, Sprache und Arbeit.', "GermanSuggestions" = 'Beziehen Sie Diaspora-Organisationen in Partnerschaften ein und tauschen Sie Integrationspraxis in Netzwerken wie Eurocities aus.', "Sdgs" = ARRAY[10, 16] WHERE "Name" = 'Migration and displacement' AND "GermanDescription" IS NULL;
                UPDATE "ActionAreas" SET "GermanDescription" = 'Städte setzen die Agenda 2030 der Vereinten Nationen vor Ort um und arbeiten auf Augenhöhe mit Partnern im Globalen Süden.', "GermanBenefits" = 'Kommunale Entwicklungszusammenarbeit bringt Fachwissen zu den Partnern und neue Perspektiven nach Hause; der Bund fördert sie.', "GermanSuggestions" = 'Berichten Sie lokal über die SDGs und beantragen Sie Förderung für kommunale Partnerschaften, etwa über SKEW/Engagement Global.', "Sdgs" = ARRAY[1, 6, 11, 17] WHERE "Name" = 'Sustainable development (SDGs)' AND "GermanDescription" IS NULL;
                UPDATE "ActionAreas" SET "GermanDescription" = 'Städte lernen voneinander in Verwaltung, Daseinsvorsorge und Stadtentwicklung – in Partnerschaften und Netzwerken.', "GermanBenefits" = 'Bewährte Lösungen statt Neuanfang, und Beschäftigte, die am Austausch wachsen.', "GermanSuggestions" = 'Organisieren Sie Fachaustausche zwischen Ämtern und teilen Sie gute Beispiele in der Bibliothek des Verbands.', "Sdgs" = ARRAY[4, 16, 17] WHERE "Name" = 'Knowledge exchange' AND "GermanDescription" IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_BestPractices_Sdgs",
                table: "BestPractices",
                column: "Sdgs")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_BestPractices_Status_PublishedAt",
                table: "BestPractices",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionAreas_FirstFeaturedPracticeId",
                table: "ActionAreas",
                column: "FirstFeaturedPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionAreas_SecondFeaturedPracticeId",
                table: "ActionAreas",
                column: "SecondFeaturedPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeActionAreas_BestPracticeId",
                table: "BestPracticeActionAreas",
                column: "BestPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeAdoptions_BestPracticeId_CityId",
                table: "BestPracticeAdoptions",
                columns: new[] { "BestPracticeId", "CityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeAdoptions_CityId",
                table: "BestPracticeAdoptions",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeAdoptions_ProjectId",
                table: "BestPracticeAdoptions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticePictures_BestPracticeId",
                table: "BestPracticePictures",
                column: "BestPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeReviews_BestPracticeId",
                table: "BestPracticeReviews",
                column: "BestPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeTexts_BestPracticeId_Language",
                table: "BestPracticeTexts",
                columns: new[] { "BestPracticeId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeTexts_SearchVector",
                table: "BestPracticeTexts",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPages_Slug",
                table: "ContentPages",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ActionAreas_BestPractices_FirstFeaturedPracticeId",
                table: "ActionAreas",
                column: "FirstFeaturedPracticeId",
                principalTable: "BestPractices",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ActionAreas_BestPractices_SecondFeaturedPracticeId",
                table: "ActionAreas",
                column: "SecondFeaturedPracticeId",
                principalTable: "BestPractices",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionAreas_BestPractices_FirstFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.DropForeignKey(
                name: "FK_ActionAreas_BestPractices_SecondFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.DropTable(
                name: "BestPracticeActionAreas");

            migrationBuilder.DropTable(
                name: "BestPracticeAdoptions");

            migrationBuilder.DropTable(
                name: "BestPracticePictures");

            migrationBuilder.DropTable(
                name: "BestPracticeReviews");

            migrationBuilder.DropTable(
                name: "BestPracticeTexts");

            migrationBuilder.DropTable(
                name: "ContentPages");

            migrationBuilder.DropIndex(
                name: "IX_BestPractices_Sdgs",
                table: "BestPractices");

            migrationBuilder.DropIndex(
                name: "IX_BestPractices_Status_PublishedAt",
                table: "BestPractices");

            migrationBuilder.DropIndex(
                name: "IX_ActionAreas_FirstFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.DropIndex(
                name: "IX_ActionAreas_SecondFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "Links",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "Sdgs",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "BestPractices");

            migrationBuilder.DropColumn(
                name: "FirstFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "GermanBenefits",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "GermanDescription",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "GermanSuggestions",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "Sdgs",
                table: "ActionAreas");

            migrationBuilder.DropColumn(
                name: "SecondFeaturedPracticeId",
                table: "ActionAreas");

            migrationBuilder.AddColumn<int>(
                name: "ActionAreaId",
                table: "BestPractices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "BestPractices",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "BestPractices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_BestPractices_ActionAreaId",
                table: "BestPractices",
                column: "ActionAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPractices_Status_ActionAreaId",
                table: "BestPractices",
                columns: new[] { "Status", "ActionAreaId" });

            migrationBuilder.AddForeignKey(
                name: "FK_BestPractices_ActionAreas_ActionAreaId",
                table: "BestPractices",
                column: "ActionAreaId",
                principalTable: "ActionAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
