using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.ActionAreas;

/// <summary>A field of international engagement, such as climate action, with what it brings a city.</summary>
public sealed class ActionArea
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 2000;
    public const int BenefitsMaxLength = 4000;
    public const int SuggestionsMaxLength = 4000;

    private ActionArea()
    {
        Name = string.Empty;
        Description = string.Empty;
    }

    public ActionArea(string name, string description, string? benefits = null, string? suggestions = null)
        : this()
    {
        UpdateDetails(name, description, benefits, suggestions);
    }

    public int Id { get; private set; }

    /// <summary>The name in English, the portal's reference language; unique.</summary>
    public string Name { get; private set; }

    /// <summary>The name shown in the German interface; the English name stands in while it is missing.</summary>
    public string? GermanName { get; private set; }

    public string Description { get; private set; }

    /// <summary>What a city gains from working in this area.</summary>
    public string? Benefits { get; private set; }

    /// <summary>Suggestions for a city that wants to start or grow its work in this area.</summary>
    public string? Suggestions { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The name for an interface language ("de", "en"); English for any language without its own name.</summary>
    public string NameIn(string language) => NameIn(Name, GermanName, language);

    /// <summary>The rule of <see cref="NameIn(string)"/> for names read without the whole action area.</summary>
    public static string NameIn(string name, string? germanName, string language) => language == "de" && germanName is not null ? germanName : name;

    public void SetGermanName(string? germanName) =>
        GermanName = Guard.OptionalText(germanName, NameMaxLength, ErrorCodes.ActionArea.GermanName, nameof(germanName));

    public void UpdateDetails(string name, string description, string? benefits, string? suggestions)
    {
        var validName = Guard.RequiredText(name, NameMaxLength, ErrorCodes.ActionArea.Name, nameof(name));
        var validDescription = Guard.RequiredText(description, DescriptionMaxLength, ErrorCodes.ActionArea.Description, nameof(description));
        var validBenefits = Guard.OptionalText(benefits, BenefitsMaxLength, ErrorCodes.ActionArea.Benefits, nameof(benefits));
        var validSuggestions = Guard.OptionalText(suggestions, SuggestionsMaxLength, ErrorCodes.ActionArea.Suggestions, nameof(suggestions));

        Name = validName;
        Description = validDescription;
        Benefits = validBenefits;
        Suggestions = validSuggestions;
    }
}
