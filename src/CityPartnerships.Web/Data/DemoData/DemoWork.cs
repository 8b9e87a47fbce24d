using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Data.DemoData;

internal sealed record DemoActivity(string City, string Partner, ActivityKind Kind, string Title, int MonthsAgo, int Days, string Place,
    int Participants, string Description, string[] ActionAreas);

internal sealed record DemoProject(string City, string Partner, string Title, ProjectStatus Status, PartnerCommitment Commitment,
    string Funder, string Programme, decimal Amount, int? DeadlineInDays, string Description, string[] ActionAreas);

internal sealed record DemoContact(string City, string Partner, string WorksFor, string Name, string Role, string Organisation,
    string Email, string[] Languages);

/// <summary>
/// Invented day-to-day work on the real demo partnerships, so pages show what a used register looks like; written as the
/// demo cities' staff would write it, in German.
/// </summary>
internal static class DemoWork
{
    public static IReadOnlyList<DemoActivity> Activities { get; } =
    [
        new("Düsseldorf", "Toulouse", ActivityKind.ExpertExchange, "Hitzeaktionspläne: Fachaustausch", 3, 3, "Toulouse", 8,
            "Fachleute für Stadtklima verglichen Hitzewarnsysteme und die Kartierung kühler Orte.", [DemoCatalogue.ClimateAction, DemoCatalogue.KnowledgeExchange]),
        new("Düsseldorf", "Toulouse", ActivityKind.Conference, "Konferenz Klimazwillinge", 14, 2, "Düsseldorf", 120,
            "Öffentliche Konferenz: Was Düsseldorf vom heutigen Klima in Toulouse lernen kann.", [DemoCatalogue.ClimateAction]),
        new("Düsseldorf", "Reading", ActivityKind.YouthExchange, "Jugendaustausch im Sommer", 5, 10, "Reading", 24,
            "Schülerinnen und Schüler beider Städte zu Nachhaltigkeit im Alltag.", [DemoCatalogue.KnowledgeExchange]),
        new("Düsseldorf", "Warsaw", ActivityKind.OutgoingDelegation, "Delegationsreise des Oberbürgermeisters nach Warschau", 20, 2, "Warschau", 9,
            "Gespräche über die Unterstützung Geflüchteter aus der Ukraine.", [DemoCatalogue.Migration]),
        new("Leipzig", "Addis Ababa", ActivityKind.IncomingDelegation, "Delegation der Wasserbetriebe Addis Abeba", 2, 4, "Leipzig", 6,
            "Besuch der Leipziger Wasserwerke und der Berufsschule.", [DemoCatalogue.SustainableDevelopment]),
        new("Leipzig", "Houston", ActivityKind.Event, "Houston-Woche in Leipzig", 7, 5, "Leipzig", 400,
            "Kultur- und Wirtschaftsveranstaltungen zum Jubiläum der Partnerschaft.", [DemoCatalogue.Economy]),
        new("Leipzig", "Kraków", ActivityKind.ExpertExchange, "Workshop digitale Verwaltung", 16, 2, "Krakau", 12,
            "Beschäftigte beider Verwaltungen zu Online-Diensten.", [DemoCatalogue.KnowledgeExchange]),
    ];

    public static IReadOnlyList<DemoProject> Projects { get; } =
    [
        new("Düsseldorf", "Toulouse", "Gemeinsamer Hitzeaktionsplan", ProjectStatus.Approved, PartnerCommitment.High,
            "Engagement Global / SKEW", "Kommunale Klimapartnerschaften", 45_000m, null,
            "Beide Städte passen eine Vorlage für Hitzeaktionspläne an und erproben sie in zwei Stadtteilen.", [DemoCatalogue.ClimateAction]),
        new("Düsseldorf", "Tunis", "Kontakt zum Klimazwilling: Stadtgrün", ProjectStatus.Idea, PartnerCommitment.Medium,
            "EU – Interreg", "NEXT MED", 120_000m, 21,
            "Ein Projekt der drei Städte Düsseldorf, Toulouse und Tunis zu Bäumen und Schatten in heißen Straßen.", [DemoCatalogue.ClimateAction, DemoCatalogue.SustainableDevelopment]),
        new("Düsseldorf", "Reading", "Jugend-Klimabotschafter", ProjectStatus.Rejected, PartnerCommitment.Low,
            "EU – Erasmus+", "Jugendbegegnungen", 18_000m, null, "Der Antrag war nicht erfolgreich; eine erneute Einreichung ist möglich.", [DemoCatalogue.KnowledgeExchange]),
        new("Leipzig", "Addis Ababa", "Berufsbildung in der Wasserwirtschaft", ProjectStatus.Applied, PartnerCommitment.High,
            "BMZ", "Nachhaltige Kommunalentwicklung durch Partnerschaftsprojekte (Nakopa)", 250_000m, 40,
            "Ausbildung von Ausbilderinnen und Ausbildern der Wasserbetriebe Addis Abeba mit den Leipziger Wasserwerken.", [DemoCatalogue.SustainableDevelopment, DemoCatalogue.KnowledgeExchange]),
        new("Leipzig", "Houston", "Start-up-Austausch", ProjectStatus.Idea, PartnerCommitment.Unknown,
            "Eigenmittel", "Wirtschaftsförderung", 10_000m, null, "Zwei Start-up-Delegationen im Jahr.", [DemoCatalogue.Economy]),
    ];

    public static IReadOnlyList<DemoContact> Contacts { get; } =
    [
        new("Düsseldorf", "Toulouse", "Toulouse", "Camille Martin", "Koordinatorin Klimaplan", "Toulouse Métropole",
            "camille.martin@toulouse.example", ["fr", "en"]),
        new("Düsseldorf", "Toulouse", "Düsseldorf", "Jonas Weber", "Klimaanpassungsmanager", "Landeshauptstadt Düsseldorf",
            "jonas.weber@duesseldorf.example", ["de", "fr"]),
        new("Leipzig", "Addis Ababa", "Addis Ababa", "Selam Tesfaye", "Leiterin Partnerschaften", "Stadtverwaltung Addis Abeba",
            "selam.tesfaye@addisababa.example", ["am", "en"]),
    ];

    public static IReadOnlyDictionary<string, string[]> Networks { get; } = new Dictionary<string, string[]>
    {
        ["Düsseldorf"] = ["Eurocities", "Covenant of Mayors", "Climate Alliance", "CEMR"],
        ["Leipzig"] = ["Eurocities", "ICLEI", "Mayors for Peace", "CEMR"],
        ["Toulouse"] = ["Eurocities", "Covenant of Mayors"],
        ["Bonn"] = ["ICLEI", "Climate Alliance", "Mayors for Peace"],
        ["Berlin"] = ["Eurocities", "Metropolis", "C40 Cities"],
    };

    public static IReadOnlyDictionary<string, string[]> FocusAreas { get; } = new Dictionary<string, string[]>
    {
        ["Düsseldorf"] = [DemoCatalogue.ClimateAction, DemoCatalogue.Economy],
        ["Leipzig"] = [DemoCatalogue.SustainableDevelopment, DemoCatalogue.KnowledgeExchange, DemoCatalogue.Migration],
    };
}
