using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

/// <summary>
/// One language version of a practice, following the association's template. The long fields may hold Markdown.
/// The database keeps a search vector of it, stemmed by the rules of its language.
/// </summary>
public sealed class BestPracticeText
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;
    public const int SectionMaxLength = 8000;

    private BestPracticeText()
    {
        Language = ContentLanguage.English;
        Title = string.Empty;
        Summary = string.Empty;
    }

    internal BestPracticeText(string language, BestPracticeTextInput text)
        : this()
    {
        Language = ContentLanguage.IsKnown(language)
            ? language
            : throw new DomainException(ErrorCodes.BestPractice.LanguageUnknown, $"Unknown language '{language}'.", nameof(language));
        Replace(text);
    }

    public int Id { get; private set; }

    public int BestPracticeId { get; private set; }

    /// <summary>"de" or "en".</summary>
    public string Language { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    /// <summary>The problem the city faced.</summary>
    public string? Challenge { get; private set; }

    /// <summary>What was done, by whom, when.</summary>
    public string? Approach { get; private set; }

    /// <summary>Results and the evidence for them.</summary>
    public string? Results { get; private set; }

    /// <summary>Costs and resources: money, staff, time.</summary>
    public string? Costs { get; private set; }

    /// <summary>What another city needs to transfer it.</summary>
    public string? Transferability { get; private set; }

    /// <summary>Partners involved: partner cities, organisations, funders.</summary>
    public string? Partners { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Whether every field the review needs is filled in.</summary>
    public bool IsComplete => Challenge is not null && Approach is not null && Results is not null && Transferability is not null;

    internal void Replace(BestPracticeTextInput text)
    {
        var title = Guard.RequiredText(text.Title, TitleMaxLength, ErrorCodes.BestPractice.Title, nameof(text.Title));
        var summary = Guard.RequiredText(text.Summary, SummaryMaxLength, ErrorCodes.BestPractice.Summary, nameof(text.Summary));
        var challenge = Guard.OptionalText(text.Challenge, SectionMaxLength, ErrorCodes.BestPractice.Challenge, nameof(text.Challenge));
        var approach = Guard.OptionalText(text.Approach, SectionMaxLength, ErrorCodes.BestPractice.Approach, nameof(text.Approach));
        var results = Guard.OptionalText(text.Results, SectionMaxLength, ErrorCodes.BestPractice.Results, nameof(text.Results));
        var costs = Guard.OptionalText(text.Costs, SectionMaxLength, ErrorCodes.BestPractice.Costs, nameof(text.Costs));
        var transferability = Guard.OptionalText(text.Transferability, SectionMaxLength, ErrorCodes.BestPractice.Transferability, nameof(text.Transferability));
        var partners = Guard.OptionalText(text.Partners, SectionMaxLength, ErrorCodes.BestPractice.Partners, nameof(text.Partners));

        Title = title;
        Summary = summary;
        Challenge = challenge;
        Approach = approach;
        Results = results;
        Costs = costs;
        Transferability = transferability;
        Partners = partners;
    }
}

/// <summary>The fields of one language version as a city writes them.</summary>
public sealed record BestPracticeTextInput(
    string Title,
    string Summary,
    string? Challenge = null,
    string? Approach = null,
    string? Results = null,
    string? Costs = null,
    string? Transferability = null,
    string? Partners = null);
