using System.Globalization;

namespace CityPartnerships.Benchmarks;

internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Load benchmark of the partnership list and details pages and the best-practice library on a generated data set (see docs/benchmarks.md).

        dotnet run -c Release --project bench/CityPartnerships.Benchmarks -- [options]

          --cities N         cities in the database in total, demo cities included (default 10000)
          --partnerships N   partnerships in total, demo ones included (default 50000)
          --activities N     activities in total, if the schema has them (default 200000)
          --practices N      published best practices added for the library's search (default 5000)
          --practice-text T  how the practices are written: topical (each about its action areas, words as
                             often as in the portal's texts; default) or salad (the worst case: any two
                             words are in half of the library)
          --climate N        cities with climate values for the twin finder, demo cities included (default 2000)
          --seconds N        measured seconds per account (default 20)
          --warmup N         unmeasured warm-up seconds per account (default 3)
          --concurrency N    virtual users sending requests at the same time (default 4)
          --think-ms N       pause of each virtual user between requests, ±50 % (default 0: next request at once)
          --accounts LIST    staff, admin or staff,admin (default staff,admin)
          --seed N           seed of the data generator and of the request mix (default 20261124)
          --csv PATH         the twinnings file (default /work/shared/data/twinnings/twin-cities-wikipedia.csv)
          --out FILE         also write the results (Markdown) to FILE
          --only TEXT        only the scenarios whose name contains TEXT (e.g. Library), case-insensitive
          --show-sql         print every SQL statement of one request per scenario, with parameter values
          --data-only NAME   only migrate, seed and generate the data set into database NAME of the server in
                             CITYPARTNERSHIPS_TEST_CONNECTION and leave it there (scripts/bench.sh)
          --keep             keep PostgreSQL and the portal running after the run and print how to reach them;
                             Ctrl+C (SIGINT) or SIGTERM stops them

        Uses the server in CITYPARTNERSHIPS_TEST_CONNECTION if set, else starts a private PostgreSQL cluster.
        """;

    public int Cities { get; init; } = 10_000;

    public int Partnerships { get; init; } = 50_000;

    public int Activities { get; init; } = 200_000;

    public int Practices { get; init; } = 5_000;

    public PracticeText PracticeText { get; init; } = PracticeText.Topical;

    public int ClimateCities { get; init; } = 2_000;

    public int Seconds { get; init; } = 20;

    public int WarmUpSeconds { get; init; } = 3;

    public int Concurrency { get; init; } = 4;

    public int ThinkMilliseconds { get; init; }

    public IReadOnlyList<string> Accounts { get; init; } = ["staff", "admin"];

    public int Seed { get; init; } = 20261124;

    public string CsvPath { get; init; } = TwinningsCsv.DefaultPath;

    public string? OutputFile { get; init; }

    public string? Only { get; init; }

    public bool ShowSql { get; init; }

    public bool Keep { get; init; }

    public string? DataOnlyDatabase { get; init; }

    public bool Help { get; init; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int minimum) => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= minimum
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a whole number of at least {minimum}.");

            options = args[i] switch
            {
                "--cities" => options with { Cities = Number(2) },
                "--partnerships" => options with { Partnerships = Number(0) },
                "--activities" => options with { Activities = Number(0) },
                "--practices" => options with { Practices = Number(0) },
                "--practice-text" => options with { PracticeText = ParsePracticeText(Value()) },
                "--climate" => options with { ClimateCities = Number(2) },
                "--seconds" => options with { Seconds = Number(1) },
                "--data-only" => options with { DataOnlyDatabase = Value() },
                "--warmup" => options with { WarmUpSeconds = Number(0) },
                "--concurrency" => options with { Concurrency = Number(1) },
                "--think-ms" => options with { ThinkMilliseconds = Number(0) },
                "--accounts" => options with { Accounts = ParseAccounts(Value()) },
                "--seed" => options with { Seed = Number(0) },
                "--csv" => options with { CsvPath = Value() },
                "--out" => options with { OutputFile = Value() },
                "--only" => options with { Only = Value() },
                "--show-sql" => options with { ShowSql = true },
                "--keep" => options with { Keep = true },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static PracticeText ParsePracticeText(string value) => value switch
    {
        "topical" => PracticeText.Topical,
        "salad" => PracticeText.Salad,
        _ => throw new ArgumentException("--practice-text takes topical or salad."),
    };

    private static string[] ParseAccounts(string value)
    {
        var accounts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return accounts.Length > 0 && accounts.All(Benchmark.Accounts.ContainsKey)
            ? accounts
            : throw new ArgumentException($"--accounts takes {string.Join(", ", Benchmark.Accounts.Keys)} separated by commas.");
    }
}
