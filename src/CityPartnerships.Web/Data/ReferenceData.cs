using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.ContentPages;
using CityPartnerships.Domain.Networks;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Data;

/// <summary>Data every installation needs: the three roles, the action areas of the position paper, the city networks, the content pages (solutions and legal pages), the self-assessment's questions.</summary>
internal static class ReferenceData
{
    /// <summary>The action area whose practices the climate-twin finder links.</summary>
    public const string ClimateActionArea = "Climate action and environmental protection";

    /// <summary>The German names of <see cref="InitialActionAreas"/>, by English name (also in migration ActionAreaGermanNames).</summary>
    public static IReadOnlyDictionary<string, string> GermanActionAreaNames { get; } = new Dictionary<string, string>
    {
        ["Climate action and environmental protection"] = "Klima- und Umweltschutz",
        ["Health and pandemic response"] = "Gesundheit und Pandemiebewältigung",
        ["Economic prosperity"] = "Wirtschaft und Wohlstand",
        ["Migration and displacement"] = "Migration und Flucht",
        ["Sustainable development (SDGs)"] = "Nachhaltige Entwicklung (SDGs)",
        ["Knowledge exchange"] = "Wissensaustausch",
    };

    /// <summary>German texts and the SDGs of <see cref="InitialActionAreas"/>, by English name (also in migration BestPracticeLibrary).</summary>
    public static IReadOnlyDictionary<string, AreaDetails> ActionAreaDetails { get; } = new Dictionary<string, AreaDetails>
    {
        ["Climate action and environmental protection"] = new("Städte senken Emissionen, passen sich an Hitze, Dürre und Starkregen an und schützen die Natur – gemeinsam mit Partnerstädten, die dasselbe oder das Klima von morgen erleben.",
            "Partner teilen erprobte Anpassungsmaßnahmen; Klimazwillinge zeigen einer Stadt heute ihr künftiges Klima; gemeinsame Projekte erschließen Klimafördermittel.",
            "Beginnen Sie eine Klimapartnerschaft mit einer bestehenden Partnerstadt, treten Sie dem Konvent der Bürgermeister oder dem Klima-Bündnis bei und vergleichen Sie Hitzeaktionspläne mit einem Klimazwilling.",
            [7, 11, 13, 15]),
        ["Health and pandemic response"] = new("Die Coronapandemie hat gezeigt: Gesundheitskrisen sind global und werden lokal bewältigt. Städte tauschen aus, was im öffentlichen Gesundheitsdienst und im Krisenmanagement wirkt.",
            "Schnelleres Lernen in der Krise, gegenseitige Hilfe mit Ausrüstung und Fachwissen und stärkere Gesundheitsdienste vor Ort.",
            "Halten Sie die Kontakte zu den Gesundheitsämtern der Partnerstädte aktuell und tauschen Sie Krisenpläne vor dem nächsten Notfall aus.",
            [3]),
        ["Economic prosperity"] = new("Internationale Kontakte helfen örtlichen Unternehmen, Märkte zu finden, Investitionen und Fachkräfte zu gewinnen, und stärken den Standort.",
            "Handels- und Investitionskontakte, Sichtbarkeit der Stadt im Ausland und Zugang zu EU- und internationalen Programmen.",
            "Nehmen Sie Wirtschaftsdelegationen zu Partnerschaftsbesuchen mit und bringen Sie die Industrie- und Handelskammer mit der der Partnerstadt zusammen.",
            [8, 9, 17]),
        ["Migration and displacement"] = new("Städte nehmen Menschen auf, die aus dem Ausland kommen, integrieren sie und arbeiten mit Städten in Herkunfts- und Transitländern zusammen.",
            "Bessere Integration durch Kontakte zu Diaspora-Gemeinschaften und Partnerstädten; gemeinsame Lösungen für Wohnen, Sprache und Arbeit.",
            "Beziehen Sie Diaspora-Organisationen in Partnerschaften ein und tauschen Sie Integrationspraxis in Netzwerken wie Eurocities aus.",
            [10, 16]),
        ["Sustainable development (SDGs)"] = new("Städte setzen die Agenda 2030 der Vereinten Nationen vor Ort um und arbeiten auf Augenhöhe mit Partnern im Globalen Süden.",
            "Kommunale Entwicklungszusammenarbeit bringt Fachwissen zu den Partnern und neue Perspektiven nach Hause; der Bund fördert sie.",
            "Berichten Sie lokal über die SDGs und beantragen Sie Förderung für kommunale Partnerschaften, etwa über SKEW/Engagement Global.",
            [1, 6, 11, 17]),
        ["Knowledge exchange"] = new("Städte lernen voneinander in Verwaltung, Daseinsvorsorge und Stadtentwicklung – in Partnerschaften und Netzwerken.",
            "Bewährte Lösungen statt Neuanfang, und Beschäftigte, die am Austausch wachsen.",
            "Organisieren Sie Fachaustausche zwischen Ämtern und teilen Sie gute Beispiele in der Bibliothek des Verbands.",
            [4, 16, 17]),
    };

    public static IReadOnlyList<ActionArea> InitialActionAreas()
    {
        var areas = EnglishActionAreas();
        foreach (var area in areas)
        {
            var details = ActionAreaDetails[area.Name];
            area.UpdateGermanDetails(GermanActionAreaNames.GetValueOrDefault(area.Name), details.Description, details.Benefits, details.Suggestions);
            area.SetSdgs(details.Sdgs);
        }

        return areas;
    }

    private static IReadOnlyList<ActionArea> EnglishActionAreas() =>
    [
        new("Climate action and environmental protection",
            "Cities cut emissions, adapt to heat, drought and heavy rain, and protect nature, together with partner cities that face the same or tomorrow's climate.",
            "Partners share tested adaptation measures; climate twins show a city its own future climate today; joint projects open climate funding.",
            "Start a climate partnership with an existing twin town, join the Covenant of Mayors or Climate Alliance, and compare heat action plans with a climate twin."),
        new("Health and pandemic response",
            "The coronavirus pandemic showed that health crises are global and handled locally: cities exchange what works in public health and crisis management.",
            "Faster learning in a crisis, mutual help with equipment and expertise, and stronger local health services.",
            "Keep contacts with partner cities' health departments current and exchange crisis plans before the next emergency."),
        new("Economic prosperity",
            "International contacts help local businesses find markets, attract investment and skilled workers, and strengthen the city as a location.",
            "Trade and investment contacts, visibility of the city abroad, and access to EU and international programmes.",
            "Take business delegations on partnership visits and link the chamber of commerce with the partner city's."),
        new("Migration and displacement",
            "Cities receive and integrate people who arrive from abroad, and work with cities in countries of origin and transit.",
            "Better integration through contacts with diaspora communities and partner cities; shared solutions for housing, language and work.",
            "Involve diaspora organisations in partnerships and exchange integration practice in networks such as Eurocities."),
        new("Sustainable development (SDGs)",
            "Cities localise the UN 2030 Agenda and work with partners in the Global South on equal footing.",
            "Municipal development cooperation brings expertise to partners and new perspectives home; funding is available from federal programmes.",
            "Report on the SDGs locally and apply for municipal partnership funding, e.g. through SKEW/Engagement Global."),
        new("Knowledge exchange",
            "Cities learn from each other's administration, services and urban development, in partnerships and networks.",
            "Proven solutions instead of starting from scratch, and staff who grow through exchange.",
            "Organise expert exchanges between departments and share best practices in the association's library."),
    ];

    public static IReadOnlyList<Network> InitialNetworks() =>
    [
        new("Council of European Municipalities and Regions", "CEMR", "Rat der Gemeinden und Regionen Europas", "RGRE"),
        new("Eurocities"),
        new("ICLEI – Local Governments for Sustainability", "ICLEI", "ICLEI – Kommunen für Nachhaltigkeit"),
        new("United Cities and Local Governments", "UCLG"),
        new("Covenant of Mayors for Climate & Energy", "Covenant of Mayors", "Konvent der Bürgermeister für Klima und Energie", "Konvent der Bürgermeister"),
        new("Climate Alliance", germanName: "Klima-Bündnis"),
        new("Mayors for Peace"),
        new("Metropolis"),
        new("C40 Cities"),
        new("Energy Cities"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
                logger.LogInformation("Created role {Role}", role);
            }
        }

        var db = services.GetRequiredService<AppDbContext>();
        if (!await db.Networks.AnyAsync())
        {
            db.Networks.AddRange(InitialNetworks());
            await db.SaveChangesAsync();
            logger.LogInformation("Added the initial city networks");
        }

        if (!await db.ActionAreas.AnyAsync())
        {
            db.ActionAreas.AddRange(InitialActionAreas());
            await db.SaveChangesAsync();
            logger.LogInformation("Added the initial action areas");
        }

        if (!await db.ContentPages.AnyAsync(p => p.Section == ContentPageSection.Solutions))
        {
            db.ContentPages.AddRange(ContentPageTexts.Initial());
            await db.SaveChangesAsync();
            logger.LogInformation("Added the initial content pages");
        }

        // The legal pages came after the solutions: an installation that has its content pages gets the missing ones.
        var legalSlugs = await db.ContentPages.Where(p => p.Section == ContentPageSection.Legal).Select(p => p.Slug).ToListAsync();
        var missingLegalPages = LegalPageTexts.Initial().Where(p => !legalSlugs.Contains(p.Slug)).ToList();
        if (missingLegalPages.Count > 0)
        {
            db.ContentPages.AddRange(missingLegalPages);
            await db.SaveChangesAsync();
            logger.LogInformation("Added {Count} legal pages", missingLegalPages.Count);
        }

        if (!await db.CapacityQuestions.AnyAsync())
        {
            db.CapacityQuestions.AddRange(CapacityQuestionTexts.Initial());
            await db.SaveChangesAsync();
            logger.LogInformation("Added the initial capacity self-assessment questions");
        }
    }

    public sealed record AreaDetails(string Description, string Benefits, string Suggestions, int[] Sdgs);
}
