using System.Globalization;
using System.Security.Claims;

namespace CityPartnerships.Web.Localization;

/// <summary>The time zones a user can read times in (IANA ids such as "America/New_York"), and the per-request choice.</summary>
public static class TimeZones
{
    // Region/City zones only: the tz database also lists aliases ("US/Eastern", "Etc/GMT+5") that say less.
    private static readonly string[] _regions = ["Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"];

    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> _choices = new(() =>
    {
        var zones = TimeZoneInfo.GetSystemTimeZones(skipSorting: true)
            .Where(zone => _regions.Any(region => zone.Id.StartsWith(region, StringComparison.Ordinal)))
            .ToList();
        if (zones.All(zone => zone.Id != Formats.DefaultTimeZoneId))
        {
            zones.Add(Formats.DefaultTimeZone);
        }

        return [.. zones.OrderBy(zone => zone.BaseUtcOffset).ThenBy(zone => zone.Id, StringComparer.Ordinal)];
    });

    // Looked up on every signed-in request (UseUserTimeZone).
    private static readonly Lazy<Dictionary<string, TimeZoneInfo>> _byId =
        new(() => _choices.Value.ToDictionary(zone => zone.Id, StringComparer.Ordinal));

    /// <summary>Every zone a user can choose, west to east, then by name.</summary>
    public static IReadOnlyList<TimeZoneInfo> Choices => _choices.Value;

    /// <summary>The zone of a choice; false for an id that is not in <see cref="Choices"/> (a forged or outdated form).</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        if (id is not null && _byId.Value.TryGetValue(id, out var found))
        {
            zone = found;
            return true;
        }

        zone = Formats.DefaultTimeZone;
        return false;
    }

    /// <summary>"(UTC+01:00) Europe/Berlin", with the offset the zone has at <paramref name="utcNow"/> (summer time included).</summary>
    public static string Label(TimeZoneInfo zone, DateTime utcNow)
    {
        var offset = zone.GetUtcOffset(utcNow);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"(UTC{sign}{offset.Duration():hh\\:mm}) {zone.Id.Replace('_', ' ')}");
    }

    /// <summary>Shows every request's times in the time zone the signed-in user chose (claim in the sign-in cookie).</summary>
    public static IApplicationBuilder UseUserTimeZone(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        Formats.UseTimeZone(TryFind(context.User.FindFirstValue(PortalClaims.TimeZone), out var zone) ? zone : null);
        await next(context);
    });
}
