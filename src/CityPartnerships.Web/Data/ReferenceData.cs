using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Networks;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Data;

/// <summary>Data every installation needs: the three roles, the action areas of the position paper, the city networks.</summary>
internal static class ReferenceData
{
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

    public static IReadOnlyList<ActionArea> InitialActionAreas()
    {
        var areas = EnglishActionAreas();
        foreach (var area in areas)
        {
            area.SetGermanName(GermanActionAreaNames.GetValueOrDefault(area.Name));
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
        new("Council of European Municipalities and Regions", "CEMR"),
        new("Eurocities"),
        new("ICLEI – Local Governments for Sustainability", "ICLEI"),
        new("United Cities and Local Governments", "UCLG"),
        new("Covenant of Mayors for Climate & Energy", "Covenant of Mayors"),
        new("Climate Alliance"),
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
    }
}
