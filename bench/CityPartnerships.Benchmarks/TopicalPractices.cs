using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Npgsql;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Practices written like real ones (<see cref="PracticeText.Topical"/>): each is about its one to three action areas.
/// Of its words, 10 % are words of its areas' topics, 4 % words that every practice uses, 1 % a topic word of any area,
/// and the rest the portal's own interface texts in the practice's language (the .resx files), each word as often as
/// it occurs there, so that common words are common and rare ones rare. The texts are plain words, so their plain
/// text for the snippets (PracticePlainText in the portal) is the fields joined line by line.
/// </summary>
internal static partial class TopicalPractices
{
    private const double OwnTopicShare = 0.10;
    private const double CommonShare = 0.04;
    private const double AnyTopicShare = 0.01;

    // One topic per action area, in the order ReferenceData seeds them: climate, health, economy, migration,
    // sustainable development, knowledge exchange. The words searched by the benchmark (Benchmark._libraryWords).
    private static readonly string[][] _englishTopics =
    [
        ["climate", "adaptation", "heat", "flooding", "trees", "water", "energy", "adapting", "adapted", "waste"],
        ["health", "hospital", "care", "vaccination", "pandemic"],
        ["business", "procurement", "fair", "trade", "training", "skills", "digital"],
        ["migration", "integration", "refugees", "volunteers"],
        ["sustainable", "development", "indicators", "reporting", "mobility", "cycling"],
        ["school", "schools", "youth", "exchange", "exchanges", "culture", "sport", "twinning", "networks"],
    ];

    private static readonly string[][] _germanTopics =
    [
        ["Klima", "Anpassung", "Hitze", "Hochwasser", "Bäume", "Wasser", "Energie", "Abfall"],
        ["Gesundheit", "Krankenhaus", "Pflege", "Impfung", "Pandemie"],
        ["Wirtschaft", "Beschaffung", "fairer", "Handel", "Ausbildung", "Kompetenzen", "digitale"],
        ["Migration", "Integration", "Geflüchtete", "Ehrenamtliche"],
        ["nachhaltige", "Entwicklung", "Indikatoren", "Berichterstattung", "Mobilität", "Radverkehr"],
        ["Schule", "Schulen", "Jugend", "Austausch", "Kultur", "Sport", "Städtepartnerschaft", "Netzwerke"],
    ];

    private static readonly string[] _englishCommon = ["partnership", "partnerships", "municipal", "cooperation"];

    private static readonly string[] _germanCommon = ["Partnerschaft", "Partnerschaften", "kommunale", "Zusammenarbeit"];

    // Title, summary, challenge, approach, results, costs, transferability, partners: as many words as before.
    private static readonly int[] _fieldWords = [5, 40, 60, 120, 60, 20, 30, 8];

    public static async Task<TimeSpan> GenerateAsync(string connectionString, int count, int seed, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var vocabularies = new Dictionary<string, Vocabulary>
        {
            ["en"] = new(InterfaceWords("SharedResource.resx"), _englishTopics, _englishCommon),
            ["de"] = new(InterfaceWords("SharedResource.de.resx"), _germanTopics, _germanCommon),
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var areas = new List<int>();
        await using (var read = new NpgsqlCommand("""SELECT "Id" FROM "ActionAreas" ORDER BY "Id" """, connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                areas.Add(reader.GetInt32(0));
            }
        }

        var practices = new List<(int Id, int N)>();
        await using (var insert = new NpgsqlCommand(PracticeDataSet.Seed(seed) + PracticeDataSet.NewPractices(count), connection) { CommandTimeout = 600 })
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var read = new NpgsqlCommand("SELECT id, n FROM new_practices ORDER BY n", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                practices.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var random = new Random(seed);
        var texts = new List<object[]>();
        var areaLinks = new List<(int Practice, int Area)>();
        foreach (var (id, n) in practices)
        {
            var topics = Enumerable.Range(0, areas.Count).OrderBy(_ => random.Next()).Take(1 + (n % 3)).ToArray();
            areaLinks.AddRange(topics.Select(t => (id, areas[t])));
            foreach (var language in Languages(n))
            {
                var vocabulary = vocabularies[language];
                var fields = _fieldWords.Select(words => vocabulary.Phrase(random, topics, words)).ToArray();
                texts.Add([id, language, .. fields]);
            }
        }

        foreach (var batch in texts.Chunk(1_000))
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO "BestPracticeTexts" ("BestPracticeId", "Language", "Title", "Summary", "Challenge", "Approach", "Results", "Costs", "Transferability", "Partners", "PlainText")
                SELECT t.*, concat_ws(E'\n', t.summary, t.challenge, t.approach, t.result)
                FROM unnest(@ids, @languages, @titles, @summaries, @challenges, @approaches, @results, @costs, @transfers, @partners)
                    AS t(id, language, title, summary, challenge, approach, result, cost, transfer, partner)
                """, connection);
            insert.Parameters.AddWithValue("ids", batch.Select(t => (int)t[0]).ToArray());
            string[] names = ["languages", "titles", "summaries", "challenges", "approaches", "results", "costs", "transfers", "partners"];
            for (var field = 0; field < names.Length; field++)
            {
                insert.Parameters.AddWithValue(names[field], batch.Select(t => (string)t[field + 1]).ToArray());
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var link = new NpgsqlCommand("""
            INSERT INTO "BestPracticeActionAreas" ("BestPracticeId", "ActionAreasId") SELECT * FROM unnest(@practices, @areas);
            ANALYZE "BestPractices"; ANALYZE "BestPracticeTexts"; ANALYZE "BestPracticeActionAreas";
            """, connection))
        {
            link.Parameters.AddWithValue("practices", areaLinks.Select(l => l.Practice).ToArray());
            link.Parameters.AddWithValue("areas", areaLinks.Select(l => l.Area).ToArray());
            await link.ExecuteNonQueryAsync(cancellationToken);
        }

        return stopwatch.Elapsed;
    }

    // Half German, half English, every fourth in both (as the word-salad set).
    private static IEnumerable<string> Languages(int n)
    {
        if (n % 2 == 0 || n % 4 == 1)
        {
            yield return "de";
        }

        if (n % 2 == 1 || n % 4 == 0)
        {
            yield return "en";
        }
    }

    /// <summary>Every word of the portal's interface texts in one language, as often as it occurs (placeholders left out).</summary>
    private static string[] InterfaceWords(string resourceFile)
    {
        var path = Path.Combine(RepositoryRoot(), "src", "CityPartnerships.Web", "Resources", resourceFile);
        return [.. XDocument.Load(path).Descendants("data").Select(d => (string?)d.Element("value") ?? string.Empty)
            .SelectMany(value => Word().Matches(value).Select(m => m.Value))
            .Where(word => word.Length > 1)];
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CityPartnerships.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository (CityPartnerships.sln) was not found above the working directory: run the benchmark from the repository.");
    }

    [GeneratedRegex(@"\p{L}[\p{L}-]*\p{L}")]
    private static partial Regex Word();

    private sealed record Vocabulary(string[] Interface, string[][] Topics, string[] Common)
    {
        private readonly string[] _anyTopic = [.. Topics.SelectMany(t => t)];

        public string Phrase(Random random, int[] topics, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ =>
        {
            var roll = random.NextDouble();
            var pool = roll < OwnTopicShare ? Topics[topics[random.Next(topics.Length)] % Topics.Length]
                : roll < OwnTopicShare + CommonShare ? Common
                : roll < OwnTopicShare + CommonShare + AnyTopicShare ? _anyTopic
                : Interface;
            return pool[random.Next(pool.Length)];
        }));
    }
}
