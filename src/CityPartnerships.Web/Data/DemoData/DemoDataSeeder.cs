using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Data.DemoData;

/// <summary>
/// Real cities and partnerships plus the demo accounts printed in the README. Idempotent: each run adds only
/// what is missing, so restarting the demo never duplicates rows or resets what a tester changed.
/// </summary>
internal static class DemoDataSeeder
{
    public const string DemoPassword = "Partnerships-Demo-2026!";

    /// <summary>
    /// Admins sign in with two factors. The demo admin's authenticator key is public like the demo password (README,
    /// scripts/demo-code.sh prints the current code), so that the demo can be tried without setting up an app.
    /// </summary>
    public const string DemoAdminAuthenticatorKey = "CITYPARTNERSHIPSDEMOADMINKEYABCD";

    public static IReadOnlyList<(string Email, string DisplayName, string Role, string? City)> Accounts { get; } =
    [
        ("admin@example.org", "Anna Admin", Roles.AssociationAdmin, null),
        ("duesseldorf.staff@example.org", "Daniel Berger", Roles.InternationalAffairsStaff, "Düsseldorf"),
        ("duesseldorf.mayor@example.org", "Büro des Oberbürgermeisters Düsseldorf", Roles.MayorsOffice, "Düsseldorf"),
        ("leipzig.staff@example.org", "Lena Hoffmann", Roles.InternationalAffairsStaff, "Leipzig"),
        ("leipzig.mayor@example.org", "Büro des Oberbürgermeisters Leipzig", Roles.MayorsOffice, "Leipzig"),
    ];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var cities = await SeedCitiesAsync(db);
        await SeedUnitsAsync(db, cities);
        await SeedPartnershipsAsync(db, cities, now);
        await SeedBestPracticesAsync(db, cities, now);
        await SeedWorkAsync(db, cities, now);
        await SeedCapacityAssessmentsAsync(db, cities, now);
        await SeedPartnerSearchesAsync(db, cities, now);
        await SeedAccountsAsync(services.GetRequiredService<UserManager<ApplicationUser>>(), cities, now);

        logger.LogInformation("Demo data is in place: {Cities} cities, {Partnerships} partnerships, {Accounts} demo accounts",
            cities.Count, await db.Partnerships.CountAsync(), Accounts.Count);
    }

    private static async Task<Dictionary<string, City>> SeedCitiesAsync(AppDbContext db)
    {
        var names = DemoCatalogue.Cities.Select(c => c.Name).ToList();
        var existing = await db.Cities.Include(c => c.InternationalAffairsUnit)
            .Where(c => names.Contains(c.Name))
            .ToListAsync();

        // Once the gazetteer is loaded there are many places of the same name (Berlin in Germany and in the US, several
        // in one country): the demo city is the one of its country nearest to the demo coordinates.
        var byName = new Dictionary<string, City>();
        foreach (var demo in DemoCatalogue.Cities)
        {
            var city = existing
                .Where(c => c.Name == demo.Name && c.CountryCode == demo.CountryCode)
                .MinBy(c => c.Latitude is { } latitude && c.Longitude is { } longitude
                    ? GeoDistance.Kilometres(latitude, longitude, demo.Latitude, demo.Longitude)
                    : double.MaxValue);
            if (city is null)
            {
                city = new City(demo.Name, demo.CountryCode, demo.Region, demo.Latitude, demo.Longitude, demo.Population,
                    demo.IsAssociationMember);
                db.Cities.Add(city);
            }

            byName[demo.Name] = city;
        }

        await db.SaveChangesAsync();
        return byName;
    }

    private static async Task SeedUnitsAsync(AppDbContext db, Dictionary<string, City> cities)
    {
        foreach (var unit in DemoCatalogue.Units)
        {
            var city = cities[unit.City];
            if (city.InternationalAffairsUnit is null)
            {
                city.SetUpInternationalAffairsUnit(unit.Name, unit.Kind, unit.StaffFte, unit.AnnualBudgetEur,
                    unit.ContactEmail, unit.HasAdoptedStrategy);
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task SeedPartnershipsAsync(AppDbContext db, Dictionary<string, City> cities, DateTime now)
    {
        var areas = await db.ActionAreas.ToDictionaryAsync(a => a.Name);
        var cityIds = cities.Values.Select(c => c.Id).ToList();
        var existing = await db.Partnerships
            .Where(p => cityIds.Contains(p.CityId) && cityIds.Contains(p.PartnerCityId))
            .ToListAsync();

        for (var i = 0; i < DemoCatalogue.Partnerships.Count; i++)
        {
            var demo = DemoCatalogue.Partnerships[i];
            var cityId = cities[demo.City].Id;
            var partnerId = cities[demo.Partner].Id;
            if (existing.Any(p => p.Kind == demo.Kind && p.Involves(cityId) && p.Involves(partnerId)))
            {
                continue;
            }

            // The demo knows the years only, as registers mostly do: no day or month is made up.
            PartialDate? started = demo.StartedYear is { } year ? PartialDate.OfYear(year) : null;
            PartialDate? ended = demo.EndedYear is { } endYear ? PartialDate.OfYear(endYear) : null;
            var partnership = new Partnership(cityId, partnerId, demo.Kind, demo.Status, started, ended, demo.Description, now);
            partnership.SetActionAreas(demo.ActionAreas.Select(name => areas[name]));
            partnership.EnsureNoActiveDuplicateAmong(existing);
            // Some records were confirmed recently, others long ago, as in a real register.
            partnership.MarkVerified(now.AddDays(-(i * 37 % 700)));
            db.Partnerships.Add(partnership);
            existing.Add(partnership);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The demo practices in the full template. A practice seeded before the template existed (only a title and a
    /// summary, moved into an English version by the migration) is completed: returned to draft, filled in,
    /// submitted and published again, which its history shows.
    /// </summary>
    private static async Task SeedBestPracticesAsync(AppDbContext db, Dictionary<string, City> cities, DateTime now)
    {
        var areas = await db.ActionAreas.ToDictionaryAsync(a => a.Name);
        var titles = DemoPractices.All.Select(d => d.Title).ToList();
        var existing = await db.BestPractices.Include(p => p.Texts).Include(p => p.ActionAreas)
            .Where(p => p.Texts.Any(t => t.Language == ContentLanguage.English && titles.Contains(t.Title)))
            .AsSplitQuery()
            .ToListAsync();
        var criteria = new ReviewCriteria(true, true, true, true);
        foreach (var demo in DemoPractices.All)
        {
            var practice = existing.FirstOrDefault(p => p.Texts.Any(t => t.Language == ContentLanguage.English && t.Title == demo.Title));
            if (practice is not null && practice.Texts.Any(t => t.Challenge is not null))
            {
                continue;
            }

            var wasPublished = practice?.Status == BestPracticeStatus.Published;
            if (practice is null)
            {
                practice = new BestPractice(cities[demo.City].Id, ContentLanguage.English, demo.English);
                db.BestPractices.Add(practice);
            }
            else if (practice.Status != BestPracticeStatus.Draft)
            {
                practice.ReturnToDraft();
            }

            practice.SetText(ContentLanguage.English, demo.English);
            if (demo.German is not null)
            {
                practice.SetText(ContentLanguage.German, demo.German);
            }

            practice.SetActionAreas(demo.ActionAreas.Select(name => areas[name]));
            practice.SetSdgs(demo.Sdgs);
            practice.SetContact(demo.ContactName, demo.ContactEmail);
            practice.SetLinks(demo.Links);
            if (demo.Status != BestPracticeStatus.Draft)
            {
                practice.Submit(now);
            }

            if (demo.Status == BestPracticeStatus.Published)
            {
                practice.Publish(criteria, wasPublished ? "Completed in the new template." : null, "Demo data", now);
            }
        }

        await db.SaveChangesAsync();

        // Each action area features up to two published demo practices, as the position paper shows two examples per area.
        var published = await db.BestPractices.AsNoTracking().Where(p => p.Status == BestPracticeStatus.Published)
            .SelectMany(p => p.ActionAreas.Select(a => new { AreaId = a.Id, PracticeId = p.Id })).ToListAsync();
        foreach (var area in areas.Values.Where(a => a.FirstFeaturedPracticeId is null))
        {
            var featured = published.Where(p => p.AreaId == area.Id).Select(p => p.PracticeId).Order().Take(2).ToList();
            if (featured.Count > 0)
            {
                area.Feature(featured[0], featured.Count > 1 ? featured[1] : null);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Networks, focus areas, activities, projects and contacts; each only while none of its kind exists yet.</summary>
    private static async Task SeedWorkAsync(AppDbContext db, Dictionary<string, City> cities, DateTime now)
    {
        var areas = await db.ActionAreas.ToDictionaryAsync(a => a.Name);
        var networks = await db.Networks.ToListAsync();
        // The demo cities are tracked by this context: loading their networks and focus areas fills in those instances.
        var ids = DemoWork.Networks.Keys.Concat(DemoWork.FocusAreas.Keys).Select(name => cities[name].Id).ToList();
        await db.Cities.Include(c => c.Networks).Include(c => c.InternationalAffairsUnit!).ThenInclude(u => u.FocusAreas)
            .AsSplitQuery()
            .Where(c => ids.Contains(c.Id))
            .LoadAsync();
        foreach (var (cityName, names) in DemoWork.Networks)
        {
            if (cities[cityName] is { Networks.Count: 0 } city)
            {
                city.SetNetworks(networks.Where(n => names.Contains(n.Name) || (n.Acronym is not null && names.Contains(n.Acronym))));
            }
        }

        foreach (var (cityName, names) in DemoWork.FocusAreas)
        {
            if (cities[cityName].InternationalAffairsUnit is { FocusAreas.Count: 0 } unit)
            {
                unit.SetFocusAreas(names.Select(name => areas[name]));
            }
        }

        var pairs = await db.Partnerships.AsNoTracking().ToListAsync();
        Partnership Pair(string city, string partner) => pairs.First(p => p.Involves(cities[city].Id) && p.Involves(cities[partner].Id));
        int PartnershipId(string city, string partner) => Pair(city, partner).Id;
        var today = DateOnly.FromDateTime(now);

        if (!await db.Activities.AnyAsync())
        {
            foreach (var demo in DemoWork.Activities)
            {
                var startsOn = today.AddMonths(-demo.MonthsAgo);
                var activity = new Activity(PartnershipId(demo.City, demo.Partner), demo.Kind, demo.Title, startsOn,
                    startsOn.AddDays(demo.Days - 1), demo.Place, demo.Participants, demo.Description);
                activity.SetActionAreas(demo.ActionAreas.Select(name => areas[name]));
                db.Activities.Add(activity);
            }
        }

        if (!await db.Projects.AnyAsync())
        {
            foreach (var demo in DemoWork.Projects)
            {
                var project = new Project(PartnershipId(demo.City, demo.Partner), demo.Title);
                project.UpdateDetails(demo.Title, demo.Description, demo.Status, demo.Commitment, null, null);
                project.SetFunding(demo.Funder, demo.Programme, demo.Amount, "EUR", demo.DeadlineInDays is { } days ? today.AddDays(days) : null);
                project.SetActionAreas(demo.ActionAreas.Select(name => areas[name]));
                db.Projects.Add(project);
            }
        }

        if (!await db.Contacts.AnyAsync())
        {
            foreach (var demo in DemoWork.Contacts)
            {
                var contact = new Contact(Pair(demo.City, demo.Partner), cities[demo.WorksFor].Id, demo.Name);
                contact.UpdateDetails(demo.Name, demo.Organisation, demo.Role, demo.Email, null, demo.Languages, today.AddMonths(-6));
                db.Contacts.Add(contact);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Past self-assessments: Düsseldorf twice (its progress over a year shows), Leipzig and Köln once, so the
    /// association's median has the three cities it needs to be shown.
    /// </summary>
    private static async Task SeedCapacityAssessmentsAsync(AppDbContext db, Dictionary<string, City> cities, DateTime now)
    {
        if (await db.CapacityAssessments.AnyAsync())
        {
            return;
        }

        var questions = (await db.CapacityQuestions.Where(q => !q.IsRetired).ToListAsync())
            .OrderBy(q => q.Dimension).ThenBy(q => q.Position).ThenBy(q => q.Id).ToList();
        if (questions.Count == 0)
        {
            return;
        }

        // One letter per question in that order: n(o), p(artly), y(es).
        (string City, int MonthsAgo, string Answers, string TakenBy)[] assessments =
        [
            ("Düsseldorf", 14, "npnpnppnpny", "Daniel Berger"),
            ("Düsseldorf", 2, "ypyyppyppyy", "Daniel Berger"),
            ("Leipzig", 5, "yyyyppypyny", "Lena Hoffmann"),
            ("Köln", 3, "pnpyyypyppn", "International Office Köln"),
        ];
        foreach (var (city, monthsAgo, letters, takenBy) in assessments)
        {
            var answers = questions.Select((q, i) => (q.Id, Value: (i < letters.Length ? letters[i] : 'p') switch
            {
                'y' => CapacityAnswerValue.Yes,
                'n' => CapacityAnswerValue.No,
                _ => CapacityAnswerValue.Partly,
            })).ToDictionary(a => a.Id, a => a.Value);
            db.CapacityAssessments.Add(CapacityAssessment.Take(cities[city].Id, questions, answers, now.AddMonths(-monthsAgo), takenBy));
        }

        await db.SaveChangesAsync();
    }

    private static async Task SeedPartnerSearchesAsync(AppDbContext db, Dictionary<string, City> cities, DateTime now)
    {
        if (await db.PartnerSearches.AnyAsync())
        {
            return;
        }

        var areas = await db.ActionAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
        foreach (var post in DemoBoard.Posts)
        {
            var postedAt = now.AddDays(-post.DaysAgo);
            var details = new PartnerSearchDetails(post.Area is null ? null : areas.GetValueOrDefault(post.Area), post.Region, post.Country, post.Kind,
                post.Text, DateOnly.FromDateTime(now.AddDays(post.DaysLeft)));
            var search = new PartnerSearch(cities[post.City].Id, details, post.PostedBy, postedAt);
            if (post.Reply is { } reply)
            {
                search.Reply(cities[reply.City].Id, reply.Text, reply.ContactName, reply.ContactEmail, postedAt.AddDays(3));
            }

            db.PartnerSearches.Add(search);
        }

        await db.SaveChangesAsync();
    }

    private static async Task SeedAccountsAsync(UserManager<ApplicationUser> userManager, Dictionary<string, City> cities, DateTime now)
    {
        foreach (var (email, displayName, role, city) in Accounts)
        {
            if (await userManager.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CityId = city is null ? null : cities[city].Id,
                CreatedAt = now,
            };
            var result = await userManager.CreateAsync(user, DemoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: "
                    + string.Join("; ", result.Errors.Select(e => e.Code)));
            }

            await userManager.AddToRoleAsync(user, role);
            if (role == Roles.AssociationAdmin)
            {
                // The key where Identity's user store keeps it (IUserAuthenticatorKeyStore), then two factors on.
                await userManager.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAdminAuthenticatorKey);
                await userManager.SetTwoFactorEnabledAsync(user, true);
            }
        }
    }
}
