using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Networks;

/// <summary>A network of cities, such as Eurocities or ICLEI.</summary>
public sealed class Network
{
    public const int NameMaxLength = 200;
    public const int AcronymMaxLength = 30;

    private Network()
    {
        Name = string.Empty;
    }

    public Network(string name, string? acronym = null, string? germanName = null, string? germanAcronym = null)
        : this()
    {
        Rename(name, acronym, germanName, germanAcronym);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Acronym { get; private set; }

    /// <summary>The network's own German name ("Klima-Bündnis" for "Climate Alliance"); null where it has none.</summary>
    public string? GermanName { get; private set; }

    /// <summary>The German abbreviation ("RGRE" for "CEMR"); null where the abbreviation is the same in both languages.</summary>
    public string? GermanAcronym { get; private set; }

    public void Rename(string name, string? acronym, string? germanName = null, string? germanAcronym = null)
    {
        var validName = Guard.PlainText(Guard.RequiredText(name, NameMaxLength, ErrorCodes.Network.Name, nameof(name)),
            ErrorCodes.Network.NameCharacters, nameof(name))!;
        var validAcronym = Guard.PlainText(Guard.OptionalText(acronym, AcronymMaxLength, ErrorCodes.Network.Acronym, nameof(acronym)),
            ErrorCodes.Network.AcronymCharacters, nameof(acronym));
        var validGermanName = Guard.PlainText(Guard.OptionalText(germanName, NameMaxLength, ErrorCodes.Network.GermanName, nameof(germanName)),
            ErrorCodes.Network.GermanNameCharacters, nameof(germanName));
        var validGermanAcronym = Guard.PlainText(Guard.OptionalText(germanAcronym, AcronymMaxLength, ErrorCodes.Network.GermanAcronym, nameof(germanAcronym)),
            ErrorCodes.Network.GermanAcronymCharacters, nameof(germanAcronym));
        Name = validName;
        Acronym = validAcronym;
        GermanName = validGermanName == validName ? null : validGermanName;
        GermanAcronym = validGermanAcronym == validAcronym ? null : validGermanAcronym;
    }

    /// <summary>The name for an interface language ("de", "en"): the German name in German where there is one.</summary>
    public string NameIn(string language) => language == "de" && GermanName is not null ? GermanName : Name;

    /// <summary>The abbreviation for an interface language: in German the German one, else the network's own.</summary>
    public string? AcronymIn(string language) => language == "de" && GermanAcronym is not null ? GermanAcronym : Acronym;

    /// <summary>The name with its abbreviation, as lists and choices show it: "Council of European Municipalities and Regions (CEMR)".</summary>
    public string DisplayNameIn(string language) =>
        (NameIn(language), AcronymIn(language)) is var (name, acronym) && (acronym is null || acronym == name) ? name : $"{name} ({acronym})";

    /// <summary>The abbreviation, or the name where there is none, as a city's page lists its networks.</summary>
    public string ShortNameIn(string language) => ShortName(Name, Acronym, GermanName, GermanAcronym, language);

    /// <summary>The rule of <see cref="ShortNameIn"/> for names read without the whole network.</summary>
    public static string ShortName(string name, string? acronym, string? germanName, string? germanAcronym, string language) =>
        language == "de" ? germanAcronym ?? acronym ?? germanName ?? name : acronym ?? name;
}
