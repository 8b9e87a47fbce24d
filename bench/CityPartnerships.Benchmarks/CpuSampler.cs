using System.Diagnostics;
using System.Globalization;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Where the machine's CPU time went during a measurement (Linux /proc): this process (portal and load generator),
/// the PostgreSQL server, and everything else, which on a shared machine tells how much the figures were disturbed.
/// </summary>
internal sealed class CpuSampler
{
    private static readonly double _ticksPerSecond = 100; // USER_HZ, 100 on Linux x86-64

    private readonly int? _postmasterPid;
    private (double Busy, double Total) _machineStart;
    private double _ownStart;
    private double _postgresStart;
    private long _started;

    private CpuSampler(int? postmasterPid) => _postmasterPid = postmasterPid;

    /// <param name="postgresDataDirectory">The server's data directory (SHOW data_directory), or null when it is not local.</param>
    public static CpuSampler? Create(string? postgresDataDirectory)
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        int? pid = null;
        try
        {
            var file = postgresDataDirectory is null ? null : Path.Combine(postgresDataDirectory, "postmaster.pid");
            if (file is not null && File.Exists(file)
                && int.TryParse(File.ReadLines(file).First(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var found))
            {
                pid = found;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return new CpuSampler(pid);
    }

    public void Start()
    {
        _machineStart = Machine();
        _ownStart = Own();
        _postgresStart = Postgres();
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Shares of the machine's total CPU capacity since <see cref="Start"/>, in percent, and the load average.</summary>
    public CpuUsage Stop()
    {
        var machine = Machine();
        var total = machine.Total - _machineStart.Total;
        if (total <= 0)
        {
            return new CpuUsage(0, 0, 0, 0, LoadAverage());
        }

        var busy = machine.Busy - _machineStart.Busy;
        var own = Own() - _ownStart;
        var postgres = _postmasterPid is null ? double.NaN : Postgres() - _postgresStart;
        var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var capacity = elapsed * Environment.ProcessorCount;
        return new CpuUsage(
            Percent(busy, total),
            Percent(own, capacity),
            double.IsNaN(postgres) ? double.NaN : Percent(postgres, capacity),
            Math.Max(0, Percent(busy, total) - Percent(own, capacity) - (double.IsNaN(postgres) ? 0 : Percent(postgres, capacity))),
            LoadAverage());
    }

    private static double Percent(double part, double whole) => whole <= 0 ? 0 : 100 * part / whole;

    private static (double Busy, double Total) Machine()
    {
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return ((total - idle) / _ticksPerSecond, total / _ticksPerSecond);
    }

    private static double Own()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>CPU seconds of the postmaster and its children (backends, background workers), alive now.</summary>
    private double Postgres()
    {
        if (_postmasterPid is not { } postmaster)
        {
            return double.NaN;
        }

        var seconds = 0.0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // pid (comm) state ppid ... utime(14) stime(15); comm may contain spaces, so split after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == postmaster || parent == postmaster)
                {
                    seconds += (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / _ticksPerSecond;
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return seconds;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

/// <param name="MachineBusy">Percent of all CPUs busy.</param>
/// <param name="ThisProcess">Percent of all CPUs used by the portal and the load generator (this process).</param>
/// <param name="Postgres">Percent of all CPUs used by PostgreSQL (NaN when not measured).</param>
/// <param name="Others">Percent of all CPUs used by anything else on the machine.</param>
/// <param name="LoadAverage">The 1, 5 and 15 minute load averages at the end.</param>
internal sealed record CpuUsage(double MachineBusy, double ThisProcess, double Postgres, double Others, string LoadAverage);
