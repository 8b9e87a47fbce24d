using System.Diagnostics;
using System.Text;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// One kind of request: a name for the table and how to build its URL (details pick a random record); the p95 goal
/// in milliseconds, and the one account that runs it (null: every account).
/// </summary>
internal sealed record Scenario(string Name, Func<Random, string> Path, bool IsList = true, double GoalMilliseconds = Benchmark.GoalP95Milliseconds,
    string? Account = null);

/// <summary>
/// Latency percentiles in milliseconds; statements, rows (links to details pages: the rows a list page shows, null
/// for other pages) and bytes from one request of the scenario on its own.
/// </summary>
internal sealed record ScenarioResult(string Name, string ExamplePath, int Requests, double P50, double P95, double P99, double Max,
    int Statements, int? RowsShown, int Bytes, double GoalMilliseconds);

internal sealed record RunResult(string Account, int Concurrency, TimeSpan Measured, IReadOnlyList<ScenarioResult> Scenarios,
    double OverallP95, CpuUsage? Cpu)
{
    public int Requests => Scenarios.Sum(s => s.Requests);

    public double RequestsPerSecond => Requests / Measured.TotalSeconds;
}

/// <summary>
/// Closed-loop load: N virtual users, each signed in with its own cookies, each sending the next request as soon as
/// the previous one has been read completely (or after a think time, if one is set), cycling through the scenarios in
/// a fixed order. A warm-up that is not
/// measured comes first; then each scenario runs twice on its own to count the SQL statements of the second; then the measurement.
/// </summary>
internal static class LoadRunner
{
    public static async Task<RunResult> RunAsync(Uri baseAddress, string email, string password, string? authenticatorKey, IReadOnlyList<Scenario> scenarios,
        BenchmarkOptions options, CpuSampler? cpu, TextWriter log, CancellationToken cancellationToken)
    {
        var users = new List<VirtualUser>();
        try
        {
            for (var i = 0; i < options.Concurrency; i++)
            {
                users.Add(await VirtualUser.SignInAsync(baseAddress, email, password, authenticatorKey, cancellationToken));
            }

            log.WriteLine($"  {users.Count} virtual users signed in as {email}; warming up for {options.WarmUpSeconds} s");
            await LoopAsync(users, scenarios, TimeSpan.FromSeconds(options.WarmUpSeconds), options.ThinkMilliseconds, options.Seed, record: null,
                cancellationToken);

            var single = await CountStatementsAsync(users[0], scenarios, options, log, cancellationToken);

            log.WriteLine($"  measuring for {options.Seconds} s");
            var latencies = scenarios.Select(_ => new List<double>()).ToArray();
            cpu?.Start();
            var stopwatch = Stopwatch.StartNew();
            await LoopAsync(users, scenarios, TimeSpan.FromSeconds(options.Seconds), options.ThinkMilliseconds, options.Seed + 1, latencies,
                cancellationToken);
            var measured = stopwatch.Elapsed;
            var usage = cpu?.Stop();

            var results = scenarios.Select((scenario, i) =>
            {
                var sorted = latencies[i].Order().ToArray();
                var (statements, rows, bytes, path) = single[i];
                return new ScenarioResult(scenario.Name, path, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95),
                    Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], statements, scenario.IsList ? rows : null, bytes, scenario.GoalMilliseconds);
            }).ToList();
            var all = latencies.SelectMany(l => l).Order().ToArray();
            return new RunResult(email, options.Concurrency, measured, results, Percentile(all, 0.95), usage);
        }
        finally
        {
            foreach (var user in users)
            {
                user.Dispose();
            }
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task LoopAsync(List<VirtualUser> users, IReadOnlyList<Scenario> scenarios, TimeSpan duration, int thinkMilliseconds,
        int seed, List<double>[]? record, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perUser = users.Select(_ => scenarios.Select(_ => new List<double>()).ToArray()).ToArray();

        async Task UserLoopAsync(int index)
        {
            var random = new Random(seed * 1000 + index);
            var user = users[index];
            var own = perUser[index];
            for (var n = index; Stopwatch.GetTimestamp() < deadline; n++)
            {
                var scenario = n % scenarios.Count;
                var path = scenarios[scenario].Path(random);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await user.GetOkAsync(path, failed.Token);
                }
                catch (Exception error) when (!failed.IsCancellationRequested)
                {
                    await failed.CancelAsync();
                    throw new InvalidOperationException($"Scenario '{scenarios[scenario].Name}' failed: {error.Message}", error);
                }

                own[scenario].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (thinkMilliseconds > 0)
                {
                    // A person reading the page: the think time ±50 %, so users do not march in step.
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMilliseconds * (0.5 + random.NextDouble())), failed.Token);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, users.Count).Select(i => Task.Run(() => UserLoopAsync(i), cancellationToken)));

        if (record is not null)
        {
            foreach (var own in perUser)
            {
                for (var s = 0; s < scenarios.Count; s++)
                {
                    record[s].AddRange(own[s]);
                }
            }
        }
    }

    /// <summary>Each scenario once, alone, while EF Core's command events are counted.</summary>
    private static async Task<(int Statements, int Rows, int Bytes, string Path)[]> CountStatementsAsync(VirtualUser user,
        IReadOnlyList<Scenario> scenarios, BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        using var counter = SqlStatementCounter.Start();
        // EF Core re-checks for diagnostic listeners at most once a second per logger.
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        var random = new Random(options.Seed);
        var result = new (int, int, int, string)[scenarios.Count];
        for (var i = 0; i < scenarios.Count; i++)
        {
            var path = scenarios[i].Path(random);
            // Counted on the second request: what every request but the first after a change costs (cached figures).
            await user.GetOkAsync(path, cancellationToken);
            counter.Take();
            var body = await user.GetOkAsync(path, cancellationToken);
            var commands = counter.Take();
            var html = Encoding.UTF8.GetString(body);
            var rows = CountOccurrences(html, "href=\"/Partnerships/Details/");
            result[i] = (commands.Count, rows, body.Length, path);
            if (options.ShowSql)
            {
                log.WriteLine($"---- {scenarios[i].Name}: GET {path} -> {commands.Count} SQL statement(s)");
                foreach (var command in commands)
                {
                    log.WriteLine(command);
                    log.WriteLine();
                }
            }
        }

        return result;
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
