using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Data.DemoData;

/// <summary>
/// Posts on the "cities seeking cities" board, written as the demo cities would write them (German cities in German,
/// Köln in English for its American readers). Leipzig's post has an answer from Düsseldorf, so both demo staff accounts
/// see the reply: Leipzig as the posting city, Düsseldorf as the answering one.
/// </summary>
internal static class DemoBoard
{
    public sealed record Post(string City, string? Area, WorldRegion? Region, string? Country, PartnershipKind Kind, int DaysAgo, int DaysLeft,
        string PostedBy, string Text, Reply? Reply = null);

    public sealed record Reply(string City, string ContactName, string ContactEmail, string Text);

    public static IReadOnlyList<Post> Posts { get; } =
    [
        new("Leipzig", "Climate action and environmental protection", WorldRegion.Africa, null, PartnershipKind.ProjectPartnership, 12, 75,
            "Lena Hoffmann",
            "Leipzig sucht eine Stadt in Afrika für eine Projektpartnerschaft zur Anpassung an Hitze und Starkregen. Wir bringen "
            + "Erfahrung mit Schwammstadt-Maßnahmen und Hitzeaktionsplänen mit und möchten gemeinsam einen Antrag beim Programm "
            + "„Kommunale Klimapartnerschaften“ (SKEW) stellen. Interesse an gegenseitigen Fachbesuchen 2027.",
            new("Düsseldorf", "Daniel Berger", "duesseldorf.staff@example.org",
                "Düsseldorf arbeitet mit Partnern in Sambia an Hitzeschutz; gern teilen wir Erfahrungen und stellen den Kontakt zu "
                + "Kafue her, das eine zweite deutsche Partnerstadt sucht.")),
        new("Köln", "Economic prosperity", WorldRegion.Americas, null, PartnershipKind.Twinning, 30, 40, "International Office Köln",
            "Cologne is looking for a city in the Americas for a formal twinning that links our start-up and media scenes: "
            + "exchanges of founders, joint trade-fair stands and a yearly youth programme. The city council backs the search."),
        new("Dortmund", "Knowledge exchange", null, "PL", PartnershipKind.Friendship, 5, 120, "Büro für Internationale Beziehungen Dortmund",
            "Dortmund sucht eine polnische Stadt für eine Städtefreundschaft mit Schwerpunkt Strukturwandel: Austausch zwischen "
            + "Verwaltungen zu ehemaligen Industrieflächen, Schulpartnerschaften und Vereinsbegegnungen."),
    ];
}
