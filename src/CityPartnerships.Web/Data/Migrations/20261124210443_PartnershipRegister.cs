using System;
using System.Collections.Generic;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnershipRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Partnerships_UniqueActivePair",
                table: "Partnerships");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Partnerships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsInternal",
                table: "Partnerships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsInGlobalSouth",
                table: "Cities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // unaccent is only STABLE; a stored column needs an IMMUTABLE function, and the dictionary is fixed here.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.immutable_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);

            // Existing cities get the flag the domain now derives from the country (OECD DAC list, see GlobalSouth).
            migrationBuilder.Sql("""
                UPDATE "Cities" SET "IsInGlobalSouth" = "CountryCode" IN (
                    'AF', 'AL', 'AM', 'AO', 'AR', 'AZ', 'BA', 'BD', 'BF', 'BI', 'BJ', 'BO', 'BR', 'BT', 'BW', 'BY',
                    'BZ', 'CD', 'CF', 'CG', 'CI', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'DJ', 'DM', 'DO', 'DZ', 'EC',
                    'EG', 'ER', 'ET', 'FJ', 'FM', 'GA', 'GD', 'GE', 'GH', 'GM', 'GN', 'GQ', 'GT', 'GW', 'GY', 'HN',
                    'HT', 'ID', 'IN', 'IQ', 'IR', 'JM', 'JO', 'KE', 'KG', 'KH', 'KI', 'KM', 'KP', 'KZ', 'LA', 'LB',
                    'LC', 'LK', 'LR', 'LS', 'LY', 'MA', 'MD', 'ME', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MR', 'MS',
                    'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NE', 'NG', 'NI', 'NP', 'NR', 'NU', 'PA', 'PE', 'PG',
                    'PH', 'PK', 'PS', 'PY', 'RS', 'RW', 'SB', 'SD', 'SH', 'SL', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV',
                    'SY', 'SZ', 'TD', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TV', 'TZ', 'UA', 'UG',
                    'UZ', 'VC', 'VE', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'ZA', 'ZM', 'ZW');
                """);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Cities",
                type: "text",
                nullable: true,
                computedColumnSql: "public.immutable_unaccent(lower(\"Name\"))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Changes = table.Column<List<AuditChange>>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_UniqueActivePair",
                table: "Partnerships",
                columns: new[] { "PairLowCityId", "PairHighCityId", "Kind" },
                unique: true,
                filter: "\"Status\" = 'Active' AND \"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cities_IsInGlobalSouth",
                table: "Cities",
                column: "IsInGlobalSouth");

            migrationBuilder.CreateIndex(
                name: "IX_Cities_SearchName",
                table: "Cities",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_At",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_UniqueActivePair",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Cities_IsInGlobalSouth",
                table: "Cities");

            migrationBuilder.DropIndex(
                name: "IX_Cities_SearchName",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "IsInternal",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "IsInGlobalSouth",
                table: "Cities");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_UniqueActivePair",
                table: "Partnerships",
                columns: new[] { "PairLowCityId", "PairHighCityId", "Kind" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.immutable_unaccent(text);");
        }
    }
}
