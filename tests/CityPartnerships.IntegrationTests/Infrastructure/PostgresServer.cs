using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster started from the local binaries (Debian package 'postgresql'), or the server named
/// by CITYPARTNERSHIPS_TEST_CONNECTION. Each test run gets its own cluster; clusters orphaned by a crashed run are
/// swept at the next start.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "CITYPARTNERSHIPS_TEST_CONNECTION";
    private const string FolderPrefix = "citypartnerships-test-";
    private static readonly bool _isRoot = Environment.UserName == "root";

    private readonly string? _folder;

    private PostgresServer(string adminConnectionString, string? folder)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
    }

    /// <summary>Connects to the 'postgres' maintenance database; use <see cref="ConnectionStringFor"/> for a test database.</summary>
    public string AdminConnectionString { get; }

    public string ConnectionStringFor(string database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>Starts a cluster on <paramref name="port"/> (a free one when null).</summary>
    public static async Task<PostgresServer> StartAsync(int? port = null)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null);
        }

        SweepOrphans();
        var bin = FindBinaries();
        var folder = Path.Combine("/tmp", $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_isRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        port ??= FreePort();
        await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true", folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        await StopAsync(_folder);
    }

    private static async Task StopAsync(string folder)
    {
        try
        {
            await RunAsPostgresAsync(Path.Combine(FindBinaries(), "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void SweepOrphans()
    {
        foreach (var folder in Directory.EnumerateDirectories("/tmp", FolderPrefix + "*"))
        {
            var pidFile = Path.Combine(folder, "owner.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var pid) && IsAlive(pid))
            {
                continue;
            }

            StopAsync(folder).GetAwaiter().GetResult();
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"No PostgreSQL server binaries under /usr/lib/postgresql. Run scripts/test.sh (it installs them) or set {ConnectionVariable}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string file, params string[] arguments) =>
        _isRoot ? RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments]) : RunAsync(file, arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
