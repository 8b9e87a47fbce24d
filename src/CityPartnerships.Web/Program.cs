using System.Threading.RateLimiting;
using CityPartnerships.Web;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Data.Gazetteer;
using CityPartnerships.Web.Features.Mail;
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
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
var portalCookies = builder.AddPortalCookies();

// Logging: readable lines on a developer's console, JSON lines everywhere else. The console is written from a
// background queue: written directly, every request waited for the console's lock (docs/benchmarks.md, issue 14).
builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
    if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Demo"))
    {
        logger.WriteTo.Async(sink => sink.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
    }
    else
    {
        logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()));
    }
}, preserveStaticLogger: true); // this host's own logger, not the process-wide Log.Logger that the last host built would own

// Data
var connectionString = builder.Configuration.GetConnectionString("Default") is { Length: > 0 } configured
    ? configured
    : throw new InvalidOperationException("Set the connection string 'ConnectionStrings:Default' (environment variable ConnectionStrings__Default).");
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<AuditInterceptor>();
builder.Services.AddScoped<SecurityEvents>();
builder.Services.AddScoped<UniformSignIn>();
builder.Services.AddSingleton<UniformSignIn.DummyHash>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Partnerships.PartnershipQueries>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Partnerships.PartnershipChanges>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Partnerships.RegisterChoices>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Figures.EngagementFigures>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Projects.ProjectsToPush>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Cities.CityChoices>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Cities.CityAdministration>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Climate.ClimateImport>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Climate.ClimateTwins>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Suggestions.PartnerSuggestions>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Suggestions.PartnerSearchBoard>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Suggestions.PartnerSearchMails>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Accounts.AccountMails>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Accounts.Invitations>();

// Mail: SMTP through MailKit, configured by environment variables (Mail__Host, ...; see README).
builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.SectionName));
builder.Services.AddSingleton<MailSender>();
builder.Services.AddSingleton<MailOutbox>();
builder.Services.AddHostedService(services => services.GetRequiredService<MailOutbox>());
builder.Services.AddScoped<PortalLinks>();
builder.Services.AddScoped<CityPartnerships.Web.Features.BestPractices.BestPracticeQueries>();
builder.Services.AddScoped<CityPartnerships.Web.Features.BestPractices.PracticeMails>();
builder.Services.AddScoped<CityPartnerships.Web.Features.BestPractices.BestPracticeChanges>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Capacity.CapacityAssessments>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Accessibility.FeedbackMails>();

// Scheduled jobs: every instance runs them, the database lets one of them do each run (docs/operations.md).
builder.Services.AddScoped<CityPartnerships.Web.Features.Jobs.JobRuns>();
builder.Services.AddScoped<CityPartnerships.Web.Features.Reminders.DeadlineReminders>();
builder.Services.Configure<CityPartnerships.Web.Features.Reminders.ReminderOptions>(
    builder.Configuration.GetSection(CityPartnerships.Web.Features.Reminders.ReminderOptions.SectionName));
builder.Services.AddHostedService<CityPartnerships.Web.Features.Reminders.ReminderJob>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<SharedReadCache>();
builder.Services.AddSingleton<SharedReadInvalidation>();
var databaseConnection = DatabaseConnection.Tuned(connectionString);
// Pooled: a request leases a ready context instead of building one (and its options) anew; measured in docs/benchmarks.md.
builder.Services.AddDbContextPool<AppDbContext>((services, options) =>
    options.UseNpgsql(databaseConnection)
        // The audit first: its own transaction is committed before the shared reads are forgotten.
        .AddInterceptors(services.GetRequiredService<AuditInterceptor>(), services.GetRequiredService<SharedReadInvalidation>(),
            CityNameTranslation.Instance, PracticePlainText.Instance, CityPartnerships.Web.Paging.FixedLimit.Instance)
        // Capped counts and "the ids of the matching cities" take a limited number of rows in no particular order on purpose.
        .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
builder.Services.AddDataProtection().SetApplicationName("CityPartnerships").PersistKeysToDbContext<AppDbContext>()
    .ProtectKeysWithConfiguredCertificate(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<DatabaseStartup>();
builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseStartup>());
builder.Services.AddHealthChecks()
    .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
    .AddCheck<DatabaseStartup>("database-startup", tags: ["ready"]);
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
    .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
    .AddPasswordValidator<PortalPasswordValidator>()
    .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.Name = portalCookies.Auth;
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = SessionValidation.IdleTimeout;
    options.Events.OnSigningIn = SessionValidation.OnSigningIn;
    options.Events.OnValidatePrincipal = SessionValidation.OnValidatePrincipal;
    // Every 403 (a folder policy or a page's Forbid) passes here on its way to the access-denied page.
    var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
    options.Events.OnRedirectToAccessDenied = async context =>
    {
        await context.HttpContext.RequestServices.GetRequiredService<SecurityEvents>()
            .RecordAccessDeniedAsync($"403 {context.Request.Method} {context.Request.Path}");
        await redirectToAccessDenied(context);
    };
});
// Password-reset and e-mail-change links are valid for two hours; invitations for a week unless configured otherwise.
builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
builder.Services.Configure<InvitationTokenProviderOptions>(options =>
    options.TokenLifespan = builder.Configuration.GetValue("Accounts:InvitationValidFor", TimeSpan.FromDays(7)));

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Policies.AssociationAdmin, policy => policy.RequireRole(Roles.AssociationAdmin))
    .AddPolicy(Policies.CityStaff, policy => policy.RequireRole(Roles.InternationalAffairsStaff).RequireClaim(PortalClaims.CityId))
    .AddPolicy(Policies.Importer, policy => policy.RequireAssertion(context => context.User.IsInRole(Roles.AssociationAdmin)
        || (context.User.IsInRole(Roles.InternationalAffairsStaff) && context.User.HasClaim(c => c.Type == PortalClaims.CityId))))
    .AddPolicy(Policies.CityMember, policy =>
        policy.RequireRole(Roles.InternationalAffairsStaff, Roles.MayorsOffice).RequireClaim(PortalClaims.CityId))
    .AddPolicy(Policies.DashboardReader, policy => policy.RequireAssertion(context => context.User.IsInRole(Roles.AssociationAdmin)
        || ((context.User.IsInRole(Roles.InternationalAffairsStaff) || context.User.IsInRole(Roles.MayorsOffice)) && context.User.GetCityId() is not null)));

// Sign-in attempts per client address (the proxy's X-Forwarded-For only from configured proxies); lockout per
// account is the second line of defence.
builder.Services.AddTrustedProxies(builder.Configuration);
var loginPermitsPerMinute = builder.Configuration.GetValue("RateLimiting:LoginAttemptsPerMinute", 10);
var anonymousFormsPerHour = builder.Configuration.GetValue("RateLimiting:AnonymousFormsPerHour", 10);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = (context, _) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    };
    options.AddPolicy(RateLimitPolicies.Login, context => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPermitsPerMinute, Window = TimeSpan.FromMinutes(1) })
        : RateLimitPartition.GetNoLimiter("read"));
    options.AddPolicy(RateLimitPolicies.AnonymousForms, context => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = anonymousFormsPerHour, Window = TimeSpan.FromHours(1) })
        : RateLimitPartition.GetNoLimiter("read"));
});

// Pages and languages
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
builder.Services.AddSingleton<IStringLocalizerFactory, CachedStringLocalizerFactory>();
builder.Services
    .AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Admin", Policies.AssociationAdmin);
        options.Conventions.AuthorizeFolder("/MyCity", Policies.CityStaff);
        options.Conventions.AuthorizeFolder("/Dashboard", Policies.DashboardReader);
        options.Conventions.AuthorizeFolder("/Capacity", Policies.CityMember);
        options.Conventions.ConfigureFilter(new UnknownHandlerFilter());
    })
    .AddMvcOptions(options => options.Filters.Add<TwoFactorRequiredForAdmins>())
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
builder.Services.AddOptions<MvcOptions>()
    .Configure<IStringLocalizerFactory>((options, factory) =>
    {
        ModelBindingMessages.Localize(options.ModelBindingMessageProvider, factory.Create(typeof(SharedResource)));
        options.ModelBinderProviders.Insert(0, new NulFreeStringBinderProvider());
        options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
        options.ModelBinderProviders.Insert(0, new PartialDateBinderProvider());
    });
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.DefaultRequestCulture = new RequestCulture(PortalCultures.English);
    options.SupportedCultures = [.. PortalCultures.Supported];
    options.SupportedUICultures = [.. PortalCultures.Supported];
    options.RequestCultureProviders =
    [
        new CookieRequestCultureProvider { CookieName = portalCookies.Culture },
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});

builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
});

var app = builder.Build();

app.UseTrustedProxies(app.Configuration);
app.UseCookiePolicy();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
app.UseSecurityHeaders();
app.UseHttpsOnlyRequests(portalCookies);
app.UseStaticFiles();
app.UseNoStoreForPages();
app.UsePortalRequestLogging();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseUserTimeZone();
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

// dotnet run --project src/CityPartnerships.Web -- import-gazetteer path/to/cities.pbf
if (args is ["import-gazetteer", var gazetteerFile, ..])
{
    await app.Services.InitializeDatabaseAsync();
    await using var scope = app.Services.CreateAsyncScope();
    await using var file = File.OpenRead(gazetteerFile);
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    await GazetteerImporter.ImportAsync(db, file, app.Logger);
    await GazetteerImporter.ImportNamesAsync(db, app.Configuration[GeoNamesCatalogues.ConfigurationKey] ?? GeoNamesCatalogues.DefaultFolder, app.Logger);
    return;
}

// Migrations and seed data before the first request when the database is there; otherwise in the background.
await app.Services.GetRequiredService<DatabaseStartup>().TryFirstAsync();
await app.RunAsync();
