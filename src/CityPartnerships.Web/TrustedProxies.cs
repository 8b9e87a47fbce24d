using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CityPartnerships.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto count only when they come from a proxy named in configuration
/// (ForwardedHeaders:KnownProxies, ForwardedHeaders:KnownNetworks). Anyone else's forwarded headers are ignored, so a
/// client cannot pick its own address (and escape the per-address sign-in limit) by sending a new one each time.
/// </summary>
internal static class TrustedProxies
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var proxies = Values(section, "KnownProxies")
            .Select(value => IPAddress.TryParse(value, out var address) ? address : throw NotAnAddress(value)).ToList();
        var networks = Values(section, "KnownNetworks")
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network : throw NotAnAddress(value)).ToList();
        // PostConfigure, so that this also holds when ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, which on its own
        // empties both lists (and an empty pair of lists means "trust every peer").
        services.PostConfigure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                // Nothing configured: only a proxy on this machine.
                options.KnownProxies.Add(IPAddress.IPv6Loopback);
                options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
                return;
            }

            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Reads forwarded headers when a proxy is configured; without one the portal faces clients directly.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return Values(section, "KnownProxies").Any() || Values(section, "KnownNetworks").Any() ? app.UseForwardedHeaders() : app;
    }

    // Either a list (ForwardedHeaders__KnownProxies__0=10.0.0.5) or one comma-separated value (ForwardedHeaders__KnownProxies=10.0.0.5,10.0.0.6).
    private static IEnumerable<string> Values(IConfigurationSection section, string key)
    {
        var entry = section.GetSection(key);
        var values = entry.Value is { } single ? [single] : entry.GetChildren().Select(child => child.Value ?? string.Empty);
        return values.SelectMany(value => value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException NotAnAddress(string value) =>
        new($"'{value}' in {SectionName} is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).");
}
