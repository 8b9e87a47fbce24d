using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.ContentPages;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// Every page in the portal's route table, signed out and as each role, in German and English, at 1366 and 390 px:
/// axe-core finds no WCAG 2.0/2.1 A or AA violation of any impact, and no German page shows interface text that exists
/// only in the English resources. A new page without a sample record fails the test,
/// so it cannot escape the check. With CITYPARTNERSHIPS_SCREENSHOTS=1 the run also saves a full-page screenshot of
/// every page it checks into tests/TestResults/screenshots/every-page.
/// </summary>
/// <remarks>
/// Runs alone: it opens every page of the demo users, their account pages included, in several tabs at once.
/// </remarks>
[Collection(nameof(RunsAlone))]
public sealed partial class EveryPageAccessibilityTests(BrowserApp app)
{
    private const string StaffEmail = "duesseldorf.staff@example.org";

    /// <summary>Pages opened at once per role (separate tabs of the signed-in profile).</summary>
    private const int PagesAtOnce = 3;

    /// <summary>Opens only in the middle of a sign-in with two factors: checked as a visitor after the admin's password.</summary>
    private const string SecondSignInStep = "Account/LoginWithTwoFactor";

    private static readonly int[] _widths = [1366, 390];

    /// <summary>Pages that tell the user something went wrong, with the status code they answer with.</summary>
    private static readonly Dictionary<string, int> _expectedStatus = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Account/AccessDenied"] = 403,
        ["Error"] = 500,
    };

    /// <summary>The violations as they are found, to read while the test runs.</summary>
    private static readonly Lock _violationsFileLock = new();

    private static readonly string _violationsFile = Path.Combine(BrowserApp.RepositoryRoot, "tests", "TestResults", "every-page-violations.txt");

    private static readonly (string Name, string? Email, int MinimumPages)[] _roles =
    [
        ("visitor", null, 20),
        ("staff", StaffEmail, 45),
        ("mayor", "duesseldorf.mayor@example.org", 30),
        ("admin", "admin@example.org", 50),
    ];

    /// <summary>
    /// Routes that are not pages for people, each with the reason. Everything else in the route table is checked.
    /// </summary>
    private static readonly Dictionary<string, string> _notPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["health/live"] = "probe for the load balancer (plain text)",
        ["health/ready"] = "probe for the load balancer (plain text)",
        ["{*path:nonfile}"] = "fallback that answers 404 for unknown addresses; its page is StatusCode, checked below",
        ["Account/Logout"] = "signs out by POST; GET only redirects home",
        ["Culture"] = "switches the language by POST; GET only redirects home",
        ["Partnerships/{partnershipId:int}/Documents/{handler?}"] = "document downloads and uploads; GET redirects to the partnership",
    };

    /// <summary>
    /// A real record for every route with parameters, chosen so that the roles who may see such a page see it: the
    /// records of Düsseldorf (the demo staff's and mayor's office's city), public ones where visitors may look too.
    /// A route without a parameter is opened as it is unless it has an entry here.
    /// </summary>
    private static readonly Dictionary<string, Func<AppDbContext, Task<string>>> _samples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ActionAreas/Details/{id:int}"] = async db => $"/ActionAreas/Details/{await FirstActionAreaAsync(db)}",
        ["ActionAreas/Edit/{id:int}"] = async db => $"/ActionAreas/Edit/{await FirstActionAreaAsync(db)}",
        ["Admin/Capacity/Edit/{id:int?}"] = async db => $"/Admin/Capacity/Edit/{await db.CapacityQuestions.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync()}",
        ["Admin/Cities/Delete/{id:int}"] = async db => $"/Admin/Cities/Delete/{await PartnerCityAsync(db)}",
        ["Admin/Cities/Edit/{id:int}"] = async db => $"/Admin/Cities/Edit/{await DuesseldorfAsync(db)}",
        ["Admin/Cities/Merge/{id:int}"] = async db => $"/Admin/Cities/Merge/{await PartnerCityAsync(db)}",
        ["Admin/Networks/Delete/{id:int}"] = async db => $"/Admin/Networks/Delete/{await FirstNetworkAsync(db)}",
        ["Admin/Networks/Edit/{id:int}"] = async db => $"/Admin/Networks/Edit/{await FirstNetworkAsync(db)}",
        ["Admin/Users/Edit/{id}"] = async db => $"/Admin/Users/Edit/{await db.Users.Where(u => u.Email == StaffEmail).Select(u => u.Id).SingleAsync()}",
        ["BestPractices/Adopt/{id:int}"] = async db => $"/BestPractices/Adopt/{await PracticeAsync(db, BestPracticeStatus.Published, ownCity: false)}",
        ["BestPractices/Details/{id:int}"] = async db => $"/BestPractices/Details/{await PracticeAsync(db, BestPracticeStatus.Published, ownCity: true)}",
        ["BestPractices/Edit/{id:int?}"] = async db => $"/BestPractices/Edit/{await PracticeAsync(db, BestPracticeStatus.Draft, ownCity: null)}",
        ["BestPractices/Pictures/{id:int}"] = async db => $"/BestPractices/Pictures/{await PracticeAsync(db, BestPracticeStatus.Draft, ownCity: null)}",
        ["BestPractices/Review/{id:int}"] = async db => $"/BestPractices/Review/{await PracticeAsync(db, BestPracticeStatus.Submitted, ownCity: null)}",
        ["Board/Details/{id:int}"] = async db => $"/Board/Details/{await BoardPostAsync(db)}",
        // The demo has no post of Düsseldorf's; the form for a new post is the same page.
        ["Board/Edit/{id:int?}"] = _ => Task.FromResult("/Board/Edit"),
        ["Climate/Twins"] = async db => $"/Climate/Twins?id={await DuesseldorfAsync(db)}",
        ["Capacity/Details/{id:int}"] = async db => $"/Capacity/Details/{await CapacityAssessmentAsync(db)}",
        ["Directory/City/{id:int}"] = async db => $"/Directory/City/{await DuesseldorfAsync(db)}",
        ["Partnerships/Details/{id:int}"] = async db => $"/Partnerships/Details/{await PartnershipAsync(db)}",
        ["Partnerships/Edit/{id:int}"] = async db => $"/Partnerships/Edit/{await PartnershipAsync(db)}",
        ["Partnerships/{partnershipId:int}/Activities/Create"] = async db => $"/Partnerships/{await PartnershipAsync(db)}/Activities/Create",
        ["Partnerships/{partnershipId:int}/Activities/{id:int}/Edit"] = async db =>
        {
            var partnership = await PartnershipAsync(db);
            return $"/Partnerships/{partnership}/Activities/{await db.Activities.Where(a => a.PartnershipId == partnership).Select(a => a.Id).FirstAsync()}/Edit";
        },
        ["Partnerships/{partnershipId:int}/Contacts/Create"] = async db => $"/Partnerships/{await PartnershipAsync(db)}/Contacts/Create",
        ["Partnerships/{partnershipId:int}/Contacts/{id:int}/Edit"] = async db =>
        {
            var partnership = await PartnershipAsync(db);
            return $"/Partnerships/{partnership}/Contacts/{await db.Contacts.Where(c => c.PartnershipId == partnership).Select(c => c.Id).FirstAsync()}/Edit";
        },
        ["Partnerships/{partnershipId:int}/Projects/Create"] = async db => $"/Partnerships/{await PartnershipAsync(db)}/Projects/Create",
        ["Partnerships/{partnershipId:int}/Projects/{id:int}/Edit"] = async db =>
        {
            var partnership = await PartnershipAsync(db);
            return $"/Partnerships/{partnership}/Projects/{await db.Projects.Where(p => p.PartnershipId == partnership).Select(p => p.Id).FirstAsync()}/Edit";
        },
        ["Solutions/Details/{slug}"] = async db => $"/Solutions/Details/{await SolutionAsync(db)}",
        ["Solutions/Edit/{slug}"] = async db => $"/Solutions/Edit/{await SolutionAsync(db)}",
        ["StatusCode"] = _ => Task.FromResult("/StatusCode?code=404"),
    };

    [Fact]
    public void Every_route_in_the_route_table_has_a_sample_or_is_not_a_page_for_people()
    {
        var missing = RouteTable().Where(route => !_notPages.ContainsKey(route) && route.Contains('{', StringComparison.Ordinal) && !_samples.ContainsKey(route)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(route => $"add a sample for route {route} to {nameof(EveryPageAccessibilityTests)}.{nameof(_samples)}")));
        var unknown = _samples.Keys.Concat(_notPages.Keys).Except(RouteTable(), StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(unknown.Count == 0, "samples or exclusions for routes the portal no longer has: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task Every_page_as_every_role_in_both_languages_at_1366_and_390_px_has_no_wcag_violation()
    {
        var pages = new List<(string Route, string Path)>();
        foreach (var route in RouteTable().Where(route => !_notPages.ContainsKey(route)))
        {
            var path = _samples.TryGetValue(route, out var sample) ? await app.WithDbAsync(sample) : "/" + route;
            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.Fail($"add a sample for route {route} to {nameof(EveryPageAccessibilityTests)}.{nameof(_samples)}");
            }

            pages.Add((route, path));
        }

        var axe = await File.ReadAllTextAsync(Path.Combine(BrowserApp.RepositoryRoot, "tests", "CityPartnerships.BrowserTests", "node_modules", "axe-core", "axe.min.js"));
        var screenshots = Environment.GetEnvironmentVariable("CITYPARTNERSHIPS_SCREENSHOTS") == "1"
            ? Directory.CreateDirectory(Path.Combine(BrowserApp.ScreenshotFolder, "every-page")).FullName
            : null;
        File.Delete(_violationsFile);
        var violations = new ConcurrentBag<string>();
        var englishInGerman = new ConcurrentBag<string>();
        var checkedRoutes = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        var tooFew = new List<string>();
        foreach (var (role, email, minimumPages) in _roles)
        {
            var first = await app.NewPageAsync(bypassContentSecurityPolicy: true);
            if (email is not null)
            {
                await BrowserApp.SignInAsync(first, email);
            }

            var tabs = new List<IPage> { first };
            for (var i = 1; i < PagesAtOnce; i++)
            {
                tabs.Add(await first.Context.NewPageAsync());
            }

            foreach (var language in new[] { "de", "en" })
            {
                // As a user switches: the language buttons in the header (wide enough for the header not to fold).
                await first.SetViewportSizeAsync(_widths[0], 900);
                await first.GotoAsync("/");
                await first.Locator($"form.language-switch button[value={language}]").ClickAsync();
                await first.WaitForLoadStateAsync();
                var checkedCount = 0;

                // The account pages first and one by one: the two-factor page may renew the user's key and session.
                foreach (var (route, path) in pages.Where(p => p.Route.StartsWith("Account/", StringComparison.OrdinalIgnoreCase)))
                {
                    if (route.Equals(SecondSignInStep, StringComparison.OrdinalIgnoreCase) && email is null)
                    {
                        await EnterAdminPasswordAsync(first);
                    }

                    checkedCount += await CheckAsync(first, route, path, role, language) ? 1 : 0;
                }

                var queue = new ConcurrentQueue<(string Route, string Path)>(pages.Where(p => !p.Route.StartsWith("Account/", StringComparison.OrdinalIgnoreCase)));
                var counts = await Task.WhenAll(tabs.Select(async tab =>
                {
                    var count = 0;
                    while (queue.TryDequeue(out var next))
                    {
                        count += await CheckAsync(tab, next.Route, next.Path, role, language) ? 1 : 0;
                    }

                    return count;
                }));
                checkedCount += counts.Sum();
                if (checkedCount < minimumPages)
                {
                    tooFew.Add($"only {checkedCount} pages checked as {role} in {language} (expected at least {minimumPages})");
                }
            }

            await first.Context.CloseAsync();
        }

        var neverOpened = pages.Select(p => p.Route).Where(route => !checkedRoutes.ContainsKey(route)).ToList();
        Assert.True(tooFew.Count == 0, string.Join("\n", tooFew));
        Assert.True(neverOpened.Count == 0, "no role could open these pages; fix their samples: " + string.Join(", ", neverOpened));
        Assert.True(violations.IsEmpty, $"{violations.Count} WCAG violations or layout faults:\n" + string.Join("\n", violations.Order(StringComparer.Ordinal)));
        Assert.True(englishInGerman.IsEmpty, $"English text in the German interface ({englishInGerman.Count}):\n" + string.Join("\n", englishInGerman.Order(StringComparer.Ordinal)));

        // Opens the page; if this role may open it, runs axe at both widths and records what it finds.
        async Task<bool> CheckAsync(IPage page, string route, string path, string role, string language)
        {
            await page.SetViewportSizeAsync(_widths[0], 900);
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            var opened = response is not null && response.Status == _expectedStatus.GetValueOrDefault(route, 200) && SamePage(page.Url, path);
            if (!opened)
            {
                return false; // Not this role's page: the sign-in page, access denied or a redirect elsewhere.
            }

            checkedRoutes.TryAdd(route, 0);
            if (language == "de")
            {
                foreach (var text in await GermanTexts.EnglishOnlyTextsOnAsync(page))
                {
                    englishInGerman.Add($"{path} as {role}: \"{text}\"");
                }
            }

            await page.AddScriptTagAsync(new() { Content = axe });
            foreach (var width in _widths)
            {
                if (width != _widths[0])
                {
                    await page.SetViewportSizeAsync(width, 844);
                    await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
                }

                foreach (var violation in (await ViolationsAsync(page)).Concat(await SidewaysScrollingAsync(page)).Concat(await BrokenWordsAsync(page)))
                {
                    var line = $"{path} as {role}, {language}, {width} px: {violation}";
                    violations.Add(line);
                    lock (_violationsFileLock)
                    {
                        File.AppendAllLines(_violationsFile, [line]);
                    }
                }

                if (screenshots is not null)
                {
                    var name = $"{FileName().Replace(route.Length == 0 ? "Index" : route, "-")}.{role}.{language}.{width}.png";
                    await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, name), FullPage = true });
                }
            }

            return true;
        }
    }

    /// <summary>The first step of the admin's sign-in, which leads to the second (the authenticator code) for a visitor.</summary>
    private static async Task EnterAdminPasswordAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync("admin@example.org");
        await page.Locator("#Input_Password").FillAsync(BrowserApp.DemoPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/" + SecondSignInStep + "**");
    }

    /// <summary>The route templates of the portal's pages, one per page (an index page answers to two).</summary>
    private List<string> RouteTable()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var pages = endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Select(g => g.Select(e => e.RoutePattern.RawText!.TrimStart('/')).OrderBy(t => t.Length).First());
        var others = endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null).Select(e => e.RoutePattern.RawText!.TrimStart('/'));
        return [.. pages.Concat(others).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    private static bool SamePage(string url, string path) =>
        string.Equals(new Uri(url).AbsolutePath.TrimEnd('/'), path.Split('?')[0].TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Every WCAG 2.0/2.1 A and AA violation, whatever its impact, as "rule (impact): selectors".</summary>
    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) })))
            """);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonSerializerOptions.Web)!
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(5))}{(v.Nodes.Count > 5 ? $" and {v.Nodes.Count - 5} more" : "")}");
    }

    /// <summary>The demo staff's and mayor's office's city.</summary>
    /// <summary>
    /// WCAG 1.4.10 (reflow), which axe does not check: the page itself must not scroll sideways (a wide table may, in
    /// its own scroll area). Names the outermost elements that stick out.
    /// </summary>
    private static async Task<IEnumerable<string>> SidewaysScrollingAsync(IPage page)
    {
        var culprits = await page.EvaluateAsync<string[]?>("""
            () => {
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width + 1) return null;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
                const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.parentElement.getBoundingClientRect().right <= width + 1 && !clipped(e))
                    .slice(0, 5).map(name);
            }
            """);
        return culprits is null ? [] : [$"reflow (WCAG 1.4.10): the page scrolls sideways; sticking out: {string.Join(" | ", culprits)}"];
    }

    private static async Task<IEnumerable<string>> BrokenWordsAsync(IPage page)
    {
        var words = await AccessibilityChecks.WordsBrokenAcrossLinesAsync(page, "main");
        return words.Length == 0 ? [] : [$"words broken mid-word across lines: {string.Join(" | ", words.Distinct().Take(5))}"];
    }

    private static Task<int> DuesseldorfAsync(AppDbContext db) => db.Users.Where(u => u.Email == StaffEmail).Select(u => u.CityId!.Value).SingleAsync();

    private static Task<int> FirstActionAreaAsync(AppDbContext db) => db.ActionAreas.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();

    private static Task<int> FirstNetworkAsync(AppDbContext db) => db.Networks.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();

    /// <summary>A public partnership of Düsseldorf with activities, contacts and projects.</summary>
    private static async Task<int> PartnershipAsync(AppDbContext db)
    {
        var duesseldorf = await DuesseldorfAsync(db);
        return await db.Partnerships
            .Where(p => p.CityId == duesseldorf && !p.IsInternal && p.DeletedAt == null
                && db.Activities.Any(a => a.PartnershipId == p.Id) && db.Contacts.Any(c => c.PartnershipId == p.Id) && db.Projects.Any(r => r.PartnershipId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private static async Task<int> PartnerCityAsync(AppDbContext db)
    {
        var partnership = await PartnershipAsync(db);
        return await db.Partnerships.Where(p => p.Id == partnership).Select(p => p.PartnerCityId).SingleAsync();
    }

    /// <summary>A practice in the given state: Düsseldorf's own (ownCity), another city's, or anyone's (null).</summary>
    private static async Task<int> PracticeAsync(AppDbContext db, BestPracticeStatus status, bool? ownCity)
    {
        var duesseldorf = await DuesseldorfAsync(db);
        return await db.BestPractices
            .Where(p => p.Status == status && (ownCity == null || (p.CityId == duesseldorf) == ownCity))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    /// <summary>A post another city wrote, on which Düsseldorf replied.</summary>
    private static Task<int> BoardPostAsync(AppDbContext db) =>
        db.PartnerSearches.Where(s => !s.IsHidden).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();

    private static async Task<int> CapacityAssessmentAsync(AppDbContext db)
    {
        var duesseldorf = await DuesseldorfAsync(db);
        return await db.CapacityAssessments.Where(a => a.CityId == duesseldorf).OrderByDescending(a => a.TakenAt).Select(a => a.Id).FirstAsync();
    }

    private static Task<string> SolutionAsync(AppDbContext db) =>
        db.ContentPages.Where(p => p.Section == ContentPageSection.Solutions).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex FileName();

    private sealed record AxeViolation(string Id, string? Impact, List<string> Nodes);
}
