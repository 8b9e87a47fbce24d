using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactLanguagesFromList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "Languages",
                table: "Contacts",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "LanguagesToCheck",
                table: "Contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // The free text becomes codes where every part names a language of the list, in English, German or as its
            // code ("French, English", "Deutsch und Polnisch"). Text with a part that names none is kept whole in
            // LanguagesToCheck for a person to decide: a guess would be a silent wrong answer.
            migrationBuilder.Sql("""
                WITH mapping(name, code) AS (VALUES
                ('af', 'af'), ('afrikaans', 'af'), ('albanian', 'sq'), ('albanisch', 'sq'), ('am', 'am'), ('amharic', 'am'),
                ('amharisch', 'am'), ('ar', 'ar'), ('arabic', 'ar'), ('arabisch', 'ar'), ('armenian', 'hy'), ('armenisch', 'hy'),
                ('aserbaidschanisch', 'az'), ('az', 'az'), ('azerbaijani', 'az'), ('be', 'be'), ('belarusian', 'be'), ('belarussisch', 'be'),
                ('bengali', 'bn'), ('bengalisch', 'bn'), ('bg', 'bg'), ('bn', 'bn'), ('bosnian', 'bs'), ('bosnisch', 'bs'),
                ('bs', 'bs'), ('bulgarian', 'bg'), ('bulgarisch', 'bg'), ('castilian', 'es'), ('chinese', 'zh'), ('chinesisch', 'zh'),
                ('croatian', 'hr'), ('cs', 'cs'), ('czech', 'cs'), ('da', 'da'), ('danish', 'da'), ('de', 'de'),
                ('deutsch', 'de'), ('dutch', 'nl'), ('dänisch', 'da'), ('el', 'el'), ('en', 'en'), ('englisch', 'en'),
                ('english', 'en'), ('es', 'es'), ('estnisch', 'et'), ('estonian', 'et'), ('et', 'et'), ('fa', 'fa'),
                ('farsi', 'fa'), ('fi', 'fi'), ('finnisch', 'fi'), ('finnish', 'fi'), ('flemish', 'nl'), ('flämisch', 'nl'),
                ('fr', 'fr'), ('französisch', 'fr'), ('french', 'fr'), ('ga', 'ga'), ('georgian', 'ka'), ('georgisch', 'ka'),
                ('german', 'de'), ('greek', 'el'), ('griechisch', 'el'), ('ha', 'ha'), ('hausa', 'ha'), ('he', 'he'),
                ('hebrew', 'he'), ('hebräisch', 'he'), ('hi', 'hi'), ('hindi', 'hi'), ('hr', 'hr'), ('hu', 'hu'),
                ('hungarian', 'hu'), ('hy', 'hy'), ('icelandic', 'is'), ('id', 'id'), ('indonesian', 'id'), ('indonesisch', 'id'),
                ('irisch', 'ga'), ('irish', 'ga'), ('is', 'is'), ('isländisch', 'is'), ('it', 'it'), ('italian', 'it'),
                ('italienisch', 'it'), ('ja', 'ja'), ('japanese', 'ja'), ('japanisch', 'ja'), ('ka', 'ka'), ('kasachisch', 'kk'),
                ('kastilisch', 'es'), ('kazakh', 'kk'), ('kiswahili', 'sw'), ('kk', 'kk'), ('ko', 'ko'), ('korean', 'ko'),
                ('koreanisch', 'ko'), ('kroatisch', 'hr'), ('ku', 'ku'), ('kurdisch', 'ku'), ('kurdish', 'ku'), ('latvian', 'lv'),
                ('lb', 'lb'), ('lettisch', 'lv'), ('litauisch', 'lt'), ('lithuanian', 'lt'), ('lt', 'lt'), ('luxembourgish', 'lb'),
                ('luxemburgisch', 'lb'), ('lv', 'lv'), ('macedonian', 'mk'), ('malaiisch', 'ms'), ('malay', 'ms'), ('maltese', 'mt'),
                ('maltesisch', 'mt'), ('mandarin', 'zh'), ('mazedonisch', 'mk'), ('mk', 'mk'), ('ms', 'ms'), ('mt', 'mt'),
                ('niederländisch', 'nl'), ('nl', 'nl'), ('no', 'no'), ('norwegian', 'no'), ('norwegian bokmål', 'no'), ('norwegisch', 'no'),
                ('persian', 'fa'), ('persisch', 'fa'), ('pl', 'pl'), ('polish', 'pl'), ('polnisch', 'pl'), ('portugiesisch', 'pt'),
                ('portuguese', 'pt'), ('pt', 'pt'), ('ro', 'ro'), ('romanian', 'ro'), ('ru', 'ru'), ('rumänisch', 'ro'),
                ('russian', 'ru'), ('russisch', 'ru'), ('schwedisch', 'sv'), ('serbian', 'sr'), ('serbisch', 'sr'), ('sk', 'sk'),
                ('sl', 'sl'), ('slovak', 'sk'), ('slovenian', 'sl'), ('slowakisch', 'sk'), ('slowenisch', 'sl'), ('spanisch', 'es'),
                ('spanish', 'es'), ('sq', 'sq'), ('sr', 'sr'), ('suaheli', 'sw'), ('sv', 'sv'), ('sw', 'sw'),
                ('swahili', 'sw'), ('swedish', 'sv'), ('ta', 'ta'), ('tamil', 'ta'), ('th', 'th'), ('thai', 'th'),
                ('thailändisch', 'th'), ('tr', 'tr'), ('tschechisch', 'cs'), ('turkish', 'tr'), ('türkisch', 'tr'), ('uk', 'uk'),
                ('ukrainian', 'uk'), ('ukrainisch', 'uk'), ('ungarisch', 'hu'), ('ur', 'ur'), ('urdu', 'ur'), ('usbekisch', 'uz'),
                ('uz', 'uz'), ('uzbek', 'uz'), ('vi', 'vi'), ('vietnamese', 'vi'), ('vietnamesisch', 'vi'), ('yo', 'yo'),
                ('yoruba', 'yo'), ('zh', 'zh')),
                parts AS (
                    SELECT c."Id", part.position, lower(btrim(part.text)) AS text
                    FROM "Contacts" c,
                         regexp_split_to_table(c."Language", '\s*(?:,|;|/|&|\+|\s+and\s+|\s+und\s+)\s*', 'i') WITH ORDINALITY AS part(text, position)
                    WHERE c."Language" IS NOT NULL AND btrim(part.text) <> ''
                )
                UPDATE "Contacts" c SET
                    "Languages" = coalesce((
                        SELECT array_agg(known.code ORDER BY known.first_position)
                        FROM (SELECT m.code, min(p.position) AS first_position
                              FROM parts p JOIN mapping m ON m.name = p.text
                              WHERE p."Id" = c."Id" GROUP BY m.code) known), '{}'),
                    "LanguagesToCheck" = CASE WHEN EXISTS (
                        SELECT 1 FROM parts p WHERE p."Id" = c."Id" AND NOT EXISTS (SELECT 1 FROM mapping m WHERE m.name = p.text))
                        THEN c."Language" END
                WHERE c."Language" IS NOT NULL AND btrim(c."Language") <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Contacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Contacts",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "Contacts" SET "Language" = left(coalesce("LanguagesToCheck", nullif(array_to_string("Languages", ', '), '')), 50);
                """);

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "LanguagesToCheck",
                table: "Contacts");
        }
    }
}
