using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Data.DemoData;

internal sealed record DemoActivity(string City, string Partner, ActivityKind Kind, string Title, int MonthsAgo, int Days, string Place,
    int Participants, string Description, string[] ActionAreas);

internal sealed record DemoProject(string City, string Partner, string Title, ProjectStatus Status, PartnerCommitment Commitment,
    string Funder, string Programme, decimal Amount, int? DeadlineInDays, string Description, string[] ActionAreas);

internal sealed record DemoContact(string City, string Partner, string WorksFor, string Name, string Role, string Organisation,
    string Email, string[] Languages);

/// <summary>Invented day-to-day work on the real demo partnerships, so pages show what a used register looks like.</summary>
internal static class DemoWork
{
    public static IReadOnlyList<DemoActivity> Activities { get; } =
    [
        new("Düsseldorf", "Toulouse", ActivityKind.ExpertExchange, "Heat action plans: expert exchange", 3, 3, "Toulouse", 8,
            "Urban climate experts compared heat warning systems and cool-island mapping.", [DemoCatalogue.ClimateAction, DemoCatalogue.KnowledgeExchange]),
        new("Düsseldorf", "Toulouse", ActivityKind.Conference, "Climate twins conference", 14, 2, "Düsseldorf", 120,
            "Public conference on what Düsseldorf can learn from today's Toulouse climate.", [DemoCatalogue.ClimateAction]),
        new("Düsseldorf", "Reading", ActivityKind.YouthExchange, "Summer youth exchange", 5, 10, "Reading", 24,
            "Secondary school pupils from both cities on sustainability in everyday life.", [DemoCatalogue.KnowledgeExchange]),
        new("Düsseldorf", "Warsaw", ActivityKind.OutgoingDelegation, "Mayor's delegation to Warsaw", 20, 2, "Warsaw", 9,
            "Talks on support for refugees from Ukraine.", [DemoCatalogue.Migration]),
        new("Leipzig", "Addis Ababa", ActivityKind.IncomingDelegation, "Delegation from Addis Ababa water utility", 2, 4, "Leipzig", 6,
            "Visit to the municipal water works and the vocational school.", [DemoCatalogue.SustainableDevelopment]),
        new("Leipzig", "Houston", ActivityKind.Event, "Houston week in Leipzig", 7, 5, "Leipzig", 400,
            "Culture and business events for the partnership's anniversary.", [DemoCatalogue.Economy]),
        new("Leipzig", "Kraków", ActivityKind.ExpertExchange, "Digital administration workshop", 16, 2, "Kraków", 12,
            "Staff of both administrations on online services.", [DemoCatalogue.KnowledgeExchange]),
    ];

    public static IReadOnlyList<DemoProject> Projects { get; } =
    [
        new("Düsseldorf", "Toulouse", "Shared heat action plan", ProjectStatus.Approved, PartnerCommitment.High,
            "Engagement Global / SKEW", "Municipal climate partnerships", 45_000m, null,
            "Both cities adapt one heat action plan template and test it in two districts.", [DemoCatalogue.ClimateAction]),
        new("Düsseldorf", "Tunis", "Climate twin contact: urban greening", ProjectStatus.Idea, PartnerCommitment.Medium,
            "EU – Interreg", "NEXT MED", 120_000m, 21,
            "A three-city project Düsseldorf–Toulouse–Tunis on trees and shade in hot streets.", [DemoCatalogue.ClimateAction, DemoCatalogue.SustainableDevelopment]),
        new("Düsseldorf", "Reading", "Youth climate ambassadors", ProjectStatus.Rejected, PartnerCommitment.Low,
            "EU – Erasmus+", "Youth exchanges", 18_000m, null, "Application was not successful; may be resubmitted.", [DemoCatalogue.KnowledgeExchange]),
        new("Leipzig", "Addis Ababa", "Vocational training in water management", ProjectStatus.Applied, PartnerCommitment.High,
            "BMZ", "Municipal know-how for development (Nakopa)", 250_000m, 40,
            "Training of trainers for the Addis Ababa water utility with Leipzig's water works.", [DemoCatalogue.SustainableDevelopment, DemoCatalogue.KnowledgeExchange]),
        new("Leipzig", "Houston", "Start-up exchange", ProjectStatus.Idea, PartnerCommitment.Unknown,
            "Own budget", "Economic development", 10_000m, null, "Two start-up delegations a year.", [DemoCatalogue.Economy]),
    ];

    public static IReadOnlyList<DemoContact> Contacts { get; } =
    [
        new("Düsseldorf", "Toulouse", "Toulouse", "Camille Martin", "Climate plan coordinator", "Toulouse Métropole",
            "camille.martin@toulouse.example", ["fr", "en"]),
        new("Düsseldorf", "Toulouse", "Düsseldorf", "Jonas Weber", "Climate adaptation officer", "City of Düsseldorf",
            "jonas.weber@duesseldorf.example", ["de", "fr"]),
        new("Leipzig", "Addis Ababa", "Addis Ababa", "Selam Tesfaye", "Head of partnerships", "Addis Ababa City Administration",
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
