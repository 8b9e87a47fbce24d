using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// The production topology on this machine, from the local binaries: two portal processes (the built
/// CityPartnerships.Web.dll, Production environment) on one database, and Debian's nginx in front of them with the
/// repository's configuration (deploy/nginx). Everything it starts is stopped when it is disposed.
/// </summary>
public sealed class ScaleOutTopology : IAsyncDisposable
{
    public const string Nginx = "/usr/sbin/nginx";

    private readonly string _state;

    private ScaleOutTopology(string state, PortalProcess a, PortalProcess b, Process proxy, int proxyPort)
    {
        _state = state;
        InstanceA = a;
        InstanceB = b;
        ProxyProcess = proxy;
        Proxy = new Uri($"http://127.0.0.1:{proxyPort}");
    }

    public PortalProcess InstanceA { get; }

    public PortalProcess InstanceB { get; }

    /// <summary>nginx's address: requests go to A and B in turn.</summary>
    public Uri Proxy { get; }

    private Process ProxyProcess { get; }

    /// <summary>Starts both instances at the same time (they migrate and seed one after the other), then nginx.</summary>
    public static async Task<ScaleOutTopology> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(Nginx))
        {
            throw new InvalidOperationException($"{Nginx} is missing: scripts/test.sh installs Debian's nginx package (apt-get install -y nginx).");
        }

        var repository = RepositoryRoot();
        var state = Path.Combine(Path.GetTempPath(), $"citypartnerships-scaleout-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        var certificate = Path.Combine(state, "dataprotection.pfx");
        WriteCertificate(certificate, "scale-out-test");

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = "true",
            ["DataProtection__CertificatePath"] = certificate,
            ["DataProtection__CertificatePassword"] = "scale-out-test",
            // Plain HTTP on the loopback: in production nginx terminates TLS and the cookies are Secure (__Host-).
            ["Cookies__HttpsOnly"] = "false",
            ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
            ["RateLimiting__LoginAttemptsPerMinute"] = "1000",
            // No GeoNames catalogues: an instance starting on the shared test database while it has gazetteer places but
            // no other names would load them, which empties CityNames first and took a name another test had just added.
            ["Gazetteer__NamesFolder"] = Path.Combine(state, "no-geonames-catalogues"),
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var portA = PostgresServer.FreePort();
        var portB = PostgresServer.FreePort();
        var a = PortalProcess.Start("A", repository, portA, environment);
        var b = PortalProcess.Start("B", repository, portB, environment);
        await Task.WhenAll(a.WaitUntilReadyAsync(), b.WaitUntilReadyAsync());

        var proxyPort = PostgresServer.FreePort();
        var configuration = (await File.ReadAllTextAsync(Path.Combine(repository, "deploy", "nginx", "local-topology.conf")))
            .Replace("@STATE@", state, StringComparison.Ordinal)
            .Replace("@PORT_A@", portA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@PORT_B@", portB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@PORT@", proxyPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@REPO@", repository, StringComparison.Ordinal);
        var configurationFile = Path.Combine(state, "nginx.conf");
        await File.WriteAllTextAsync(configurationFile, configuration);
        var proxy = Process.Start(new ProcessStartInfo(Nginx, ["-p", state, "-c", configurationFile, "-e", Path.Combine(state, "error.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var topology = new ScaleOutTopology(state, a, b, proxy, proxyPort);
        await topology.WaitForProxyAsync();
        return topology;
    }

    public async ValueTask DisposeAsync()
    {
        if (!ProxyProcess.HasExited)
        {
            ProxyProcess.Kill(entireProcessTree: true);
            await ProxyProcess.WaitForExitAsync();
        }

        ProxyProcess.Dispose();
        await InstanceA.DisposeAsync();
        await InstanceB.DisposeAsync();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>What nginx logged, for assertion messages.</summary>
    public string ProxyErrors() => File.Exists(Path.Combine(_state, "error.log")) ? File.ReadAllText(Path.Combine(_state, "error.log")) : string.Empty;

    private async Task WaitForProxyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri(Proxy, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (ProxyProcess.HasExited || waited.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"nginx did not answer on {Proxy}: {ProxyErrors()}");
            }

            await Task.Delay(100);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CityPartnerships.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CityPartnerships.sln not found");
    }

    private static void WriteCertificate(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CityPartnerships data protection (scale-out test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }
}

/// <summary>One portal instance: `dotnet CityPartnerships.Web.dll` as built for the test run's configuration.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalProcess(string name, int port, Process process)
    {
        Name = name;
        Url = new Uri($"http://127.0.0.1:{port}");
        _process = process;
    }

    public string Name { get; }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the instance wrote to its console (JSON log lines in Production).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public static PortalProcess Start(string name, string repository, int port, IReadOnlyDictionary<string, string> environment)
    {
        // The test assembly runs from tests/…/bin/<Configuration>/net10.0: the portal of the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = Path.Combine(repository, "src", "CityPartnerships.Web");
        var binary = Path.Combine(project, "bin", configuration, "net10.0", "CityPartnerships.Web.dll");
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"{binary} is missing: build the solution first (dotnet build CityPartnerships.sln -c {configuration}).");
        }

        // The project folder as content root, where wwwroot is.
        var start = new ProcessStartInfo("dotnet", [binary, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var instance = new PortalProcess(name, port, process);
        process.OutputDataReceived += (_, line) => instance.Record(line.Data);
        process.ErrorDataReceived += (_, line) => instance.Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri(Url, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
            }

            if (_process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new InvalidOperationException($"Instance {Name} not ready on {Url}:\n{string.Join('\n', Output.TakeLast(40))}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>kill -9: no shutdown, no finishing of requests under way.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
