using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CityPartnerships.Web;

/// <summary>
/// The portal's cookies (sign-in, antiforgery, language, one-time messages). With Cookies:HttpsOnly (on in Production)
/// every cookie is Secure and named with the <c>__Host-</c> prefix, which browsers accept only from HTTPS, for the
/// whole site and without a Domain: no subdomain and no plain-HTTP page can plant or read them. Otherwise (the demo on
/// http://127.0.0.1) cookies are Secure whenever the request came over HTTPS.
/// </summary>
public sealed record PortalCookies(bool HttpsOnly)
{
    public const string ConfigurationKey = "Cookies:HttpsOnly";

    private const string HostPrefix = "__Host-";

    public string Auth => Named("CityPartnerships.Auth");

    public string Antiforgery => Named("CityPartnerships.Antiforgery");

    public string Culture => Named(CookieRequestCultureProvider.DefaultCookieName);

    public string TempData => Named(CookieTempDataProvider.CookieName);

    public string Named(string name) => HttpsOnly && !name.StartsWith(HostPrefix, StringComparison.Ordinal) ? HostPrefix + name : name;
}

internal static class PortalCookiesSetup
{
    public static PortalCookies AddPortalCookies(this WebApplicationBuilder builder)
    {
        var cookies = new PortalCookies(builder.Configuration.GetValue(PortalCookies.ConfigurationKey, builder.Environment.IsProduction()));
        var services = builder.Services;
        services.AddSingleton(cookies);
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = cookies.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Antiforgery;
            options.Cookie.SecurePolicy = cookies.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.Name = cookies.TempData);
        // Every sign-in cookie scheme, including Identity's two-factor ones.
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.Name = cookies.Named(options.Cookie.Name ?? CookieAuthenticationDefaults.CookiePrefix);
            options.Cookie.SecurePolicy = cookies.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return cookies;
    }
}
