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

    public string? GermanDescription { get; private set; }

    public string? GermanBenefits { get; private set; }

    public string? GermanSuggestions { get; private set; }

    /// <summary>UN Sustainable Development Goals this area serves, 1 to 17.</summary>
    public int[] Sdgs { get; private set; } = [];

    /// <summary>The two best practices the association features on the area's page (published ones, checked by the portal).</summary>
    public int? FirstFeaturedPracticeId { get; private set; }

    public int? SecondFeaturedPracticeId { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The description in <paramref name="language"/>; the English one stands in while the German is missing.</summary>
    public string DescriptionIn(string language) => language == "de" && GermanDescription is not null ? GermanDescription : Description;

    public string? BenefitsIn(string language) => language == "de" && GermanBenefits is not null ? GermanBenefits : Benefits;

    public string? SuggestionsIn(string language) => language == "de" && GermanSuggestions is not null ? GermanSuggestions : Suggestions;

    /// <summary>
    /// The German texts. Name and description are required like the English ones: the German interface shows them on
    /// the start page and the action-area pages, and an English text there would be the wrong language.
    /// </summary>
    public void UpdateGermanDetails(string? germanName, string? germanDescription, string? germanBenefits, string? germanSuggestions)
    {
        var validName = Guard.RequiredText(germanName, NameMaxLength, ErrorCodes.ActionArea.GermanName, nameof(germanName));
        var validDescription = Guard.RequiredText(germanDescription, DescriptionMaxLength, ErrorCodes.ActionArea.GermanDescription, nameof(germanDescription));
        var validBenefits = Guard.OptionalText(germanBenefits, BenefitsMaxLength, ErrorCodes.ActionArea.GermanBenefits, nameof(germanBenefits));
        var validSuggestions = Guard.OptionalText(germanSuggestions, SuggestionsMaxLength, ErrorCodes.ActionArea.GermanSuggestions, nameof(germanSuggestions));

        GermanName = validName;
        GermanDescription = validDescription;
        GermanBenefits = validBenefits;
        GermanSuggestions = validSuggestions;
    }

    public void SetSdgs(IEnumerable<int> sdgs)
    {
        var goals = sdgs.Distinct().Order().ToArray();
        if (goals.Any(g => g is < 1 or > 17))
        {
            throw new DomainException(ErrorCodes.BestPractice.SdgOutOfRange, "The SDGs are numbered 1 to 17.", nameof(sdgs));
        }

        if (!goals.SequenceEqual(Sdgs))
        {
            Sdgs = goals;
        }
    }

    /// <summary>Features up to two practices; the same one twice is refused.</summary>
    public void Feature(int? firstFeaturedId, int? secondFeaturedId)
    {
        if (firstFeaturedId is not null && firstFeaturedId == secondFeaturedId)
        {
            throw new DomainException(ErrorCodes.ActionArea.FeaturedTwice, "Choose two different practices.", nameof(secondFeaturedId));
        }

        (FirstFeaturedPracticeId, SecondFeaturedPracticeId) = firstFeaturedId is null ? (secondFeaturedId, null) : (firstFeaturedId, secondFeaturedId);
    }

    /// <summary>The name for an interface language ("de", "en"); English for any language without its own name.</summary>
    public string NameIn(string language) => NameIn(Name, GermanName, language);

    /// <summary>The rule of <see cref="NameIn(string)"/> for names read without the whole action area.</summary>
    public static string NameIn(string name, string? germanName, string language) => language == "de" && germanName is not null ? germanName : name;

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
