using System.Diagnostics;
using Npgsql;

namespace CityPartnerships.Benchmarks;

/// <summary>How the generated practices are written (docs/benchmarks.md, "Library search on topical texts").</summary>
public enum PracticeText
{
    /// <summary>
    /// Like real practices: each is about its action areas. Most of its words come from the portal's own German or
    /// English interface texts, as often as they occur there; one in ten is a word of its areas' topic (such as
    /// "heat", "flooding" for climate action), a few are words every practice uses ("partnership", "cooperation").
    /// A searched topic word is in the practices of its area and rarely elsewhere.
    /// </summary>
    Topical,

    /// <summary>
    /// The worst case: every word drawn from the same 40 domain words, so that each of them is in nearly every
    /// practice of its language and any search ranks half of the library.
    /// </summary>
    Salad,
}

/// <summary>
/// Published best practices for the library's search: <c>count</c> practices of random cities, half written in
/// German and half in English, every fourth in both, each with one to three action areas and SDGs. The search vectors
/// and the GIN index are filled by PostgreSQL as the portal fills them.
/// </summary>
public static class PracticeDataSet
{
    public static Task<TimeSpan> GenerateAsync(string connectionString, int count, int seed, PracticeText text, CancellationToken cancellationToken) =>
        text == PracticeText.Salad
            ? GenerateSaladAsync(connectionString, count, seed, cancellationToken)
            : TopicalPractices.GenerateAsync(connectionString, count, seed, cancellationToken);

    // Generated in PostgreSQL (generate_series): texts of 40 words per language in random order.
    private static async Task<TimeSpan> GenerateSaladAsync(string connectionString, int count, int seed, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var sql = $"""
            {Seed(seed)}
            CREATE TEMP TABLE words_en(w text[]);
            INSERT INTO words_en VALUES (ARRAY['climate','adaptation','heat','partnership','partnerships','school','schools','water','waste',
                'youth','exchange','exchanges','energy','migration','integration','health','hospital','business','procurement','fair','trade',
                'training','volunteers','refugees','flooding','trees','mobility','cycling','digital','skills','culture','sport','twinning',
                'adapting','adapted','networks','municipal','cooperation','development','sustainable','reporting','indicators']);
            CREATE TEMP TABLE words_de(w text[]);
            INSERT INTO words_de VALUES (ARRAY['Klima','Anpassung','Hitze','Partnerschaft','Partnerschaften','Schule','Schulen','Wasser','Abfall',
                'Jugend','Austausch','Energie','Migration','Integration','Gesundheit','Krankenhaus','Wirtschaft','Beschaffung','fairer','Handel',
                'Ausbildung','Ehrenamtliche','Geflüchtete','Hochwasser','Bäume','Mobilität','Radverkehr','digitale','Kompetenzen','Kultur',
                'Sport','Städtepartnerschaft','Netzwerke','kommunale','Zusammenarbeit','Entwicklung','nachhaltige','Berichterstattung','Indikatoren']);
            CREATE FUNCTION pg_temp.phrase(words text[], n int) RETURNS text LANGUAGE sql AS
                $$ SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::int], ' ') FROM generate_series(1, n) $$;

            {NewPractices(count)}

            INSERT INTO "BestPracticeTexts" ("BestPracticeId", "Language", "Title", "Summary", "Challenge", "Approach", "Results", "Costs", "Transferability", "Partners")
            SELECT id, lang,
                   initcap(pg_temp.phrase(w, 5)), pg_temp.phrase(w, 40), pg_temp.phrase(w, 60), pg_temp.phrase(w, 120), pg_temp.phrase(w, 60),
                   pg_temp.phrase(w, 20), pg_temp.phrase(w, 30), pg_temp.phrase(w, 8)
            FROM (
                SELECT id, 'de' AS lang, (SELECT w FROM words_de) AS w FROM new_practices WHERE n % 2 = 0 OR n % 4 = 1
                UNION ALL
                SELECT id, 'en', (SELECT w FROM words_en) FROM new_practices WHERE n % 2 = 1 OR n % 4 = 0
            ) t;

            -- The plain text the portal writes beside the Markdown for the snippets: these texts are plain words already.
            UPDATE "BestPracticeTexts" SET "PlainText" = concat_ws(E'\n', "Summary", "Challenge", "Approach", "Results")
            WHERE "PlainText" IS NULL AND "BestPracticeId" IN (SELECT id FROM new_practices);

            INSERT INTO "BestPracticeActionAreas" ("BestPracticeId", "ActionAreasId")
            SELECT DISTINCT p.id, a."Id"
            FROM new_practices p
            JOIN LATERAL (SELECT "Id" FROM "ActionAreas" ORDER BY random() LIMIT 1 + (p.n % 3)) a ON true;

            ANALYZE "BestPractices"; ANALYZE "BestPracticeTexts"; ANALYZE "BestPracticeActionAreas";
            """;
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return stopwatch.Elapsed;
    }

    /// <summary>The random generator of the session seeded, so that every run makes the same data set.</summary>
    internal static string Seed(int seed) =>
        $"SELECT setseed({((seed % 1000) / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)});";

    /// <summary>
    /// The practices themselves, before their texts: random cities, published an hour apart, two SDGs each; their ids
    /// and numbers stay in the session's table new_practices (id, n).
    /// </summary>
    internal static string NewPractices(int count) => $"""
        CREATE TEMP TABLE new_practices AS
        SELECT nextval(pg_get_serial_sequence('"BestPractices"', 'Id'))::int AS id, g AS n,
               (SELECT "Id" FROM "Cities" OFFSET floor(random() * (SELECT count(*) FROM "Cities")) LIMIT 1) AS city
        FROM generate_series(1, {count}) g;

        INSERT INTO "BestPractices" ("Id", "CityId", "Status", "SubmittedAt", "PublishedAt", "Sdgs", "ContactName", "Links")
        SELECT id, city, 'Published', now() - (n || ' hours')::interval, now() - (n || ' hours')::interval,
               ARRAY[1 + (n % 17), 1 + ((n * 7) % 17)], 'Benchmark contact', ARRAY[]::text[]
        FROM new_practices;
        """;
}
