using System.Threading.RateLimiting;
using CityPartnerships.Web;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Data.Gazetteer;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

// Logging: readable lines on a developer's console, JSON lines everywhere else.
builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
    if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Demo"))
    {
        logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        logger.WriteTo.Console(new RenderedCompactJsonFormatter());
    }
});

// Data
var connectionString = builder.Configuration.GetConnectionString("Default") is { Length: > 0 } configured
    ? configured
    : throw new InvalidOperationException("Set the connection string 'ConnectionStrings:Default' (environment variable ConnectionStrings__Default).");
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<AuditInterceptor>();
builder.Services.AddScoped<SecurityEvents>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Partnerships.PartnershipQueries>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Partnerships.PartnershipChanges>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Figures.EngagementFigures>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Projects.ProjectsToPush>();
builder.Services.AddDbContext<AppDbContext>((services, options) =>
    options.UseNpgsql(connectionString)
        .AddInterceptors(services.GetRequiredService<AuditInterceptor>())
        // Capped counts and "the ids of the matching cities" take a limited number of rows in no particular order on purpose.
        .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
builder.Services.AddDataProtection().SetApplicationName("CityPartnerships").PersistKeysToDbContext<AppDbContext>();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
builder.Services.AddSingleton(TimeProvider.System);

// Identity
builder.Services
    .AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.Name = "CityPartnerships.Auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
});
// A locked-out or changed user loses their session within a minute, not at cookie expiry.
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Policies.AssociationAdmin, policy => policy.RequireRole(Roles.AssociationAdmin))
    .AddPolicy(Policies.CityStaff, policy => policy.RequireRole(Roles.InternationalAffairsStaff).RequireClaim(PortalClaims.CityId))
    .AddPolicy(Policies.CityMember, policy =>
        policy.RequireRole(Roles.InternationalAffairsStaff, Roles.MayorsOffice).RequireClaim(PortalClaims.CityId))
    .AddPolicy(Policies.DashboardReader, policy => policy.RequireAssertion(context => context.User.IsInRole(Roles.AssociationAdmin)
        || ((context.User.IsInRole(Roles.InternationalAffairsStaff) || context.User.IsInRole(Roles.MayorsOffice)) && context.User.GetCityId() is not null)));

// Sign-in attempts per client address; lockout per account is the second line of defence.
var loginPermitsPerMinute = builder.Configuration.GetValue("RateLimiting:LoginAttemptsPerMinute", 10);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(RateLimitPolicies.Login, context => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPermitsPerMinute, Window = TimeSpan.FromMinutes(1) })
        : RateLimitPartition.GetNoLimiter("read"));
});

// Pages and languages
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services
    .AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Admin", Policies.AssociationAdmin);
        options.Conventions.AuthorizeFolder("/MyCity", Policies.CityStaff);
        options.Conventions.AuthorizeFolder("/Dashboard", Policies.DashboardReader);
    })
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddOptions<MvcOptions>()
    .Configure<IStringLocalizerFactory>((options, factory) =>
    {
        ModelBindingMessages.Localize(options.ModelBindingMessageProvider, factory.Create(typeof(SharedResource)));
        options.ModelBinderProviders.Insert(0, new NulFreeStringBinderProvider());
        options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
    });
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.DefaultRequestCulture = new RequestCulture(PortalCultures.English);
    options.SupportedCultures = [.. PortalCultures.Supported];
    options.SupportedUICultures = [.. PortalCultures.Supported];
    options.RequestCultureProviders =
    [
        new CookieRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UsePortalRequestLogging();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapRazorPages();
// Unknown addresses get the friendly 404 page, not a sign-in prompt from the fallback policy.
app.MapFallback(context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.InitializeDatabaseAsync();

// dotnet run --project src/CityPartnerships.Web -- import-gazetteer path/to/cities.pbf
if (args is ["import-gazetteer", var gazetteerFile, ..])
{
    await using var scope = app.Services.CreateAsyncScope();
    await using var file = File.OpenRead(gazetteerFile);
    await GazetteerImporter.ImportAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), file, app.Logger);
    return;
}

await app.RunAsync();
