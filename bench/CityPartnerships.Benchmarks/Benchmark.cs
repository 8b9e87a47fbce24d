using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CityPartnerships.Tests.Infrastructure;
using Npgsql;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Starts PostgreSQL and the portal, generates the large data set, signs in virtual users and measures the
/// partnership list and details pages. See docs/benchmarks.md for what it measures and the recorded figures.
/// </summary>
public static class Benchmark
{
    /// <summary>The demo accounts' password: DemoDataSeeder.DemoPassword, which is internal to the portal.</summary>
    public const string DemoPassword = "Partnerships-Demo-2026!";

    /// <summary>The goal from the issue: the 95th percentile of every list and details request below this.</summary>
    public const double GoalP95Milliseconds = 50;

    /// <summary>Demo accounts (DemoDataSeeder.Accounts): a Düsseldorf staff member and the association's admin.</summary>
    public static IReadOnlyDictionary<string, string> Accounts { get; } = new Dictionary<string, string>
    {
        ["staff"] = "duesseldorf.staff@example.org",
        ["admin"] = "admin@example.org",
    };

    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync(error.Message + Environment.NewLine + Environment.NewLine + BenchmarkOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 0;
        }

        // Ctrl+C and SIGTERM stop the run but still shut PostgreSQL down.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        try
        {
            return await RunAsync(options, Console.Out, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped.");
            return 130;
        }
        catch (Exception error)
        {
            await Console.Error.WriteLineAsync("BENCHMARK FAILED: " + error);
            return 1;
        }
    }

    private static async Task<int> RunAsync(BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        log.WriteLine("Starting PostgreSQL");
        await using var server = await PostgresServer.StartAsync();
        var isExternal = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable));
        var database = options.DataOnlyDatabase ?? $"bench_{Guid.NewGuid():N}";
        var connectionString = server.ConnectionStringFor(database);
        try
        {
            await using var portal = new BenchmarkPortal(connectionString);
            log.WriteLine($"Starting the portal (environment {BenchmarkPortal.EnvironmentName}): migrations and demo data");
            var baseUrl = new Uri(portal.Start());
            log.WriteLine($"  portal at {baseUrl}, database {database}");

            log.WriteLine($"Generating {options.Cities:N0} cities, {options.Partnerships:N0} partnerships and {options.Activities:N0} activities (seed {options.Seed})");
            var dataSet = await LargeDataSet.GenerateAsync(connectionString,
                new LargeDataSetOptions(options.Cities, options.Partnerships, options.Activities, options.Seed, options.CsvPath), log, cancellationToken);
            log.WriteLine($"  done in {dataSet.Elapsed.TotalSeconds:F1} s");
            log.WriteLine($"Generating {options.Practices:N0} published best practices ({options.PracticeText.ToString().ToLowerInvariant()} texts)");
            var practiceTime = await PracticeDataSet.GenerateAsync(connectionString, options.Practices, options.Seed, options.PracticeText, cancellationToken);
            log.WriteLine($"  done in {practiceTime.TotalSeconds:F1} s");
            log.WriteLine($"Generating climate values for {options.ClimateCities:N0} cities");
            var climate = await ClimateBenchData.GenerateAsync(connectionString, options.ClimateCities, options.Seed, ClimateBenchData.DefaultPath, cancellationToken);
            log.WriteLine($"  {climate.Total:N0} cities with climate values, done in {climate.Elapsed.TotalSeconds:F1} s");
            if (options.DataOnlyDatabase is not null)
            {
                log.WriteLine($"Data set ready in database {database}");
                return 0;
            }

            var scenarios = await ScenariosAsync(connectionString, cancellationToken);
            var cpu = CpuSampler.Create(isExternal ? null : await DataDirectoryAsync(connectionString, cancellationToken));
            var runs = new List<RunResult>();
            foreach (var account in options.Accounts)
            {
                log.WriteLine($"Load as {account}");
                runs.Add(await LoadRunner.RunAsync(baseUrl, Accounts[account], DemoPassword, await portal.AuthenticatorKeyAsync(Accounts[account]),
                    [.. scenarios.Where(s => (s.Account is null || s.Account == account)
                        && (options.Only is null || s.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)))], options, cpu, log, cancellationToken));
            }

            var report = await ReportAsync(connectionString, options, dataSet, runs, cancellationToken);
            log.WriteLine();
            log.WriteLine(report);
            if (options.OutputFile is { } file)
            {
                await File.WriteAllTextAsync(file, report, cancellationToken);
                log.WriteLine($"Results written to {file}");
            }

            log.WriteLine($"Total time {total.Elapsed.TotalSeconds:F0} s");
            if (options.Keep)
            {
                await KeepRunningAsync(connectionString, baseUrl, log, cancellationToken);
            }

            return 0;
        }
        finally
        {
            if (isExternal && options.DataOnlyDatabase is null)
            {
                await DropDatabaseAsync(server.AdminConnectionString, database);
            }
        }
    }

    private static async Task<List<int>> IdsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<IReadOnlyList<Scenario>> ScenariosAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var areaCommand = new NpgsqlCommand("SELECT \"Id\" FROM \"ActionAreas\" ORDER BY \"Id\" LIMIT 1", connection);
        var areaId = Convert.ToInt32(await areaCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        // Records every signed-in user may read: not internal, not deleted.
        var ids = await IdsAsync(connection,
            "SELECT \"Id\" FROM \"Partnerships\" WHERE NOT \"IsInternal\" AND \"DeletedAt\" IS NULL ORDER BY \"Id\"", cancellationToken);
        if (ids.Count == 0)
        {
            throw new InvalidOperationException("No readable partnership to open on the details page.");
        }

        var depth = new List<Scenario>();
        foreach (var sort in _depthSorts)
        {
            depth.Add(new($"Depth: by {sort}, page 1", _ => $"/Partnerships?sort={sort}"));
            foreach (var page in _depthPages)
            {
                var path = await PagePathAsync(connection, sort, page, cancellationToken);
                depth.Add(new($"Depth: by {sort}, page {page:N0}", _ => path));
            }
        }
        var climateCities = await ClimateBenchData.CitiesWithDataAsync(connection, cancellationToken);
        var directoryCities = await IdsAsync(connection, "SELECT \"Id\" FROM \"Cities\" WHERE \"IsAssociationMember\" ORDER BY \"Id\"", cancellationToken);

        return
        [
            .. depth,
            new("List: first page", _ => "/Partnerships"),
            new("List: page 500", _ => "/Partnerships?p=500"),
            new("List: search \"berlin\"", _ => "/Partnerships?q=berlin"),
            new("List: France, active, newest first", _ => "/Partnerships?country=FR&status=Active&sort=since&desc=true"),
            new("List: Global South twinnings", _ => "/Partnerships?south=true&kind=Twinning"),
            new("List: sorted by partner, page 3", _ => "/Partnerships?sort=partner&p=3"),
            new("List: sorted by status, descending", _ => "/Partnerships?sort=status&desc=true"),
            new("List: sorted by start year, page 20", _ => "/Partnerships?sort=since&desc=true&p=20"),
            new("List: region \"Bavaria\"", _ => "/Partnerships?region=bavaria"),
            new("List: own city, one action area", _ => $"/Partnerships?area={areaId.ToString(CultureInfo.InvariantCulture)}&mine=true"),
            new("Library: search \"Partnerschaften\"", _ => "/BestPractices?q=Partnerschaften"),
            new("Library: search \"adapting heat\"", _ => "/BestPractices?q=adapting+heat"),
            new("Library: search \"water\", one action area", _ => $"/BestPractices?q=water&area={areaId.ToString(CultureInfo.InvariantCulture)}"),
            new("Library: search \"Klima Schulen\", SDG 13, page 3", _ => "/BestPractices?q=Klima+Schulen&sdg=13&p=3"),
            new("Library: newest first, no words", _ => "/BestPractices"),
            new("Library: search two random words (not in the result cache)", random => $"/BestPractices?q={Uri.EscapeDataString(
                $"{_libraryWords[random.Next(_libraryWords.Length)]} {_libraryWords[random.Next(_libraryWords.Length)]}")}"),
            new("Details: random readable record", random => $"/Partnerships/Details/{ids[random.Next(ids.Count)].ToString(CultureInfo.InvariantCulture)}",
                IsList: false),
            new($"Climate twins of a random city, {climateCities.Count:N0} with data (goal 100 ms)",
                random => $"/Climate/Twins?id={climateCities[random.Next(climateCities.Count)].ToString(CultureInfo.InvariantCulture)}",
                IsList: false, GoalMilliseconds: 100),
            new("Public directory: first page", _ => "/Directory"),
            new("Public directory: search \"paris\"", _ => "/Directory?q=paris"),
            new("Public directory: a random member city's partnerships",
                random => $"/Directory/City/{directoryCities[random.Next(directoryCities.Count)].ToString(CultureInfo.InvariantCulture)}", IsList: false),
            new("Public map's data (every public partnership)", _ => "/Directory/Map?handler=Data", IsList: false),
            new("Association map's data (every partnership the user may read)", _ => "/Map?handler=Data", IsList: false),
            new("Partner suggestions of the staff user's city", _ => "/Suggestions", IsList: false, Account: "staff"),
            new("City dashboard (goal 100 ms)", _ => "/Dashboard", IsList: false, GoalMilliseconds: 100, Account: "staff"),
            new("Association dashboard (goal 250 ms)", _ => "/Admin", IsList: false, GoalMilliseconds: 250, Account: "admin"),
        ];
    }

    /// <summary>The list's sort orders, each measured on pages 1, 100 and 1,000 (issue 14: deep pages as fast as the first).</summary>
    // Words of the practices' texts (PracticeDataSet), so that a pair of them finds something: 6,000 pairs, so that
    // within the result cache's minute a search is rarely one made before.
    private static readonly string[] _libraryWords =
    [
        "climate", "adaptation", "heat", "partnership", "school", "water", "waste", "youth", "exchange", "energy", "migration",
        "health", "business", "training", "refugees", "flooding", "trees", "mobility", "cycling", "digital", "culture", "sport",
        "networks", "municipal", "cooperation", "sustainable", "indicators", "adapting", "schools", "volunteers",
        "Klima", "Anpassung", "Hitze", "Partnerschaft", "Schulen", "Wasser", "Abfall", "Jugend", "Austausch", "Energie",
        "Gesundheit", "Wirtschaft", "Ausbildung", "Geflüchtete", "Hochwasser", "Bäume", "Mobilität", "Radverkehr", "Kultur",
        "Sport", "Städtepartnerschaft", "Netzwerke", "kommunale", "Zusammenarbeit", "Entwicklung", "nachhaltige", "Indikatoren",
        "Partnerschaften", "Integration", "Handel", "Kompetenzen", "Beschaffung", "Ehrenamtliche", "Krankenhaus", "Migration",
        "trade", "fair", "procurement", "hospital", "skills", "twinning", "reporting", "integration", "development", "partnerships",
        "adapted", "exchanges", "Schule", "digitale", "Berichterstattung",
    ];

    private static readonly string[] _depthSorts = ["newest", "city", "partner", "kind", "status", "since", "verified"];

    private static readonly int[] _depthPages = [100, 1000];

    private const string KindRank =
        "CASE WHEN p.\"Kind\" = 'Twinning' THEN 0 WHEN p.\"Kind\" = 'Friendship' THEN 1 WHEN p.\"Kind\" = 'Contact' THEN 2 ELSE 3 END";

    private const string StatusRank =
        "CASE WHEN p.\"Status\" = 'Proposed' THEN 0 WHEN p.\"Status\" = 'Active' THEN 1 WHEN p.\"Status\" = 'Dormant' THEN 2 ELSE 3 END";

    /// <summary>
    /// The address a user reaches page <paramref name="page"/> by, following "next": the position (RegisterOrder) of
    /// the last row of the page before, among the records every signed-in user reads.
    /// </summary>
    private static async Task<string> PagePathAsync(NpgsqlConnection connection, string sort, int page, CancellationToken cancellationToken)
    {
        var (join, value, order) = sort switch
        {
            "city" => ("JOIN \"Cities\" c ON c.\"Id\" = p.\"CityId\"", "c.\"Name\"", "c.\"Name\", p.\"Id\""),
            "partner" => ("JOIN \"Cities\" c ON c.\"Id\" = p.\"PartnerCityId\"", "c.\"Name\"", "c.\"Name\", p.\"Id\""),
            // Kinds and statuses sort in the forms' order (RegisterOrder.KindRank, StatusRank); the position is the rank.
            "kind" => ("", $"({KindRank})::text", $"{KindRank}, p.\"Id\""),
            "status" => ("", $"({StatusRank})::text", $"{StatusRank}, p.\"Id\""),
            "since" => ("", "to_char(COALESCE(p.\"StartedOn\", DATE '9999-12-31'), 'YYYY-MM-DD')",
                "COALESCE(p.\"StartedOn\", DATE '9999-12-31'), p.\"Id\""),
            // .NET ticks of the UTC time: 100 ns since 0001-01-01.
            "verified" => ("", "((EXTRACT(EPOCH FROM COALESCE(p.\"LastVerifiedAt\", TIMESTAMPTZ '9999-12-31 00:00:00+00')) * 1000000)::bigint * 10 + 621355968000000000)::text",
                "COALESCE(p.\"LastVerifiedAt\", TIMESTAMPTZ '9999-12-31 00:00:00+00'), p.\"Id\""),
            _ => ("", "NULL", "p.\"Id\" DESC"),
        };
        await using var command = new NpgsqlCommand($"""
            SELECT p."Id", {value} FROM "Partnerships" p {join}
            WHERE NOT p."IsInternal" AND p."DeletedAt" IS NULL
            ORDER BY {order} OFFSET @skip LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("skip", (page - 1) * 25 - 1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The list sorted by {sort} has no page {page}.");
        }

        var id = reader.GetInt32(0).ToString(CultureInfo.InvariantCulture);
        var position = reader.IsDBNull(1) ? id : $"{id}:{reader.GetString(1)}";
        return $"/Partnerships?sort={sort}&p={page.ToString(CultureInfo.InvariantCulture)}&after={Uri.EscapeDataString(position)}";
    }

    private static async Task<string?> DataDirectoryAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<string> ReportAsync(string connectionString, BenchmarkOptions options, LargeDataSetSummary dataSet,
        IReadOnlyList<RunResult> runs, CancellationToken cancellationToken)
    {
        string postgresVersion;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            postgresVersion = connection.PostgreSqlVersion.ToString();
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var report = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        report.AppendLine(invariant, $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, arguments: {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}");
        report.AppendLine();
        report.AppendLine(invariant, $"- Machine: {Environment.ProcessorCount} logical CPUs, {memory:F1} GiB, {RuntimeInformation.OSDescription}; "
            + $"{RuntimeInformation.FrameworkDescription}, PostgreSQL {postgresVersion}. Portal, PostgreSQL and load generator share it.");
        var activities = dataSet.ActivitiesAfter is { } activityCount ? $"{activityCount:N0} activities" : "no activities (not in this schema)";
        report.AppendLine(invariant, $"- Data: {dataSet.CitiesAfter:N0} cities ({dataSet.CitiesBefore:N0} demo, {dataSet.CitiesFromCsv:N0} real from the twinnings file, "
            + $"{dataSet.SyntheticCities:N0} synthetic), {dataSet.PartnershipsAfter:N0} partnerships ({dataSet.PartnershipsBefore:N0} demo, "
            + $"{dataSet.RealPairs:N0} real pairs, {dataSet.RandomPairs:N0} random pairs), {dataSet.ActionAreaRows:N0} partnership action areas, "
            + $"{activities}, {dataSet.AuditRows:N0} audit entries; generated in {dataSet.Elapsed.TotalSeconds:F1} s (seed {options.Seed}).");
        var csv = dataSet.Csv;
        report.AppendLine(invariant, $"- Twinnings file: {csv.Rows:N0} rows; left out {csv.RowsWithBlankFields} with blank fields, {csv.RowsWithUnknownCountry} "
            + $"with a country name that maps to no ISO code ({string.Join(", ", csv.UnknownCountries.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}"))}), "
            + $"{csv.SelfPairs} self pairs, {csv.RepeatedPairs:N0} repeated pairs.");
        var pacing = options.ThinkMilliseconds == 0
            ? "closed loop without pauses (next request as soon as the last one is read)"
            : $"closed loop with {options.ThinkMilliseconds} ms ±50 % think time between requests";
        report.AppendLine(invariant, $"- Load: {options.Concurrency} virtual users per account, {pacing}, "
            + $"{options.WarmUpSeconds} s warm-up not measured, then {options.Seconds} s measured. Times are from sending the request to reading the last byte.");

        foreach (var run in runs)
        {
            report.AppendLine();
            report.AppendLine(invariant, $"#### {run.Account}: {run.Requests:N0} requests in {run.Measured.TotalSeconds:F1} s = {run.RequestsPerSecond:F0} requests/s, "
                + $"p95 over all requests {run.OverallP95:F1} ms");
            if (run.Cpu is { } cpu)
            {
                report.AppendLine();
                report.AppendLine(invariant, $"CPU during the measurement (share of all {Environment.ProcessorCount} CPUs): machine {cpu.MachineBusy:F0} % busy = "
                    + $"portal and load generator {cpu.ThisProcess:F0} %, PostgreSQL {(double.IsNaN(cpu.Postgres) ? "not measured" : $"{cpu.Postgres:F0} %")}, "
                    + $"other processes {cpu.Others:F0} %; load average afterwards {cpu.LoadAverage}.");
            }

            report.AppendLine();
            report.AppendLine("| Scenario | Request (example) | Requests | p50 ms | p95 ms | p99 ms | max ms | SQL statements | Rows listed | KB | p95 under goal (50 ms unless named) |");
            report.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var s in run.Scenarios)
            {
                report.AppendLine(invariant, $"| {s.Name} | `{s.ExamplePath}` | {s.Requests:N0} | {s.P50:F1} | {s.P95:F1} | {s.P99:F1} | {s.Max:F1} | "
                    + $"{s.Statements} | {(s.RowsShown is { } rows ? rows.ToString(invariant) : "–")} | {s.Bytes / 1024.0:F0} | {(s.P95 < s.GoalMilliseconds ? "yes" : "**no**")} |");
            }
        }

        return report.ToString();
    }

    private static async Task KeepRunningAsync(string connectionString, Uri baseUrl, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        log.WriteLine();
        log.WriteLine("--keep: PostgreSQL and the portal stay up until Ctrl+C (SIGINT) or SIGTERM.");
        log.WriteLine($"  connection string: {connectionString}");
        log.WriteLine($"  psql \"host={builder.Host} port={builder.Port} user={builder.Username} dbname={builder.Database}\"");
        log.WriteLine($"  portal: {baseUrl} (demo accounts, password {DemoPassword})");
        log.WriteLine($"  process id: {Environment.ProcessId}");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            log.WriteLine("Stopping.");
        }
    }

    private static async Task DropDatabaseAsync(string adminConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
