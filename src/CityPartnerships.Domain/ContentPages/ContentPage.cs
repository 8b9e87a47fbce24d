using System.Text.RegularExpressions;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.ContentPages;

/// <summary>
/// A page of text the association edits in both languages: the five solutions for strengthening cities' international
/// engagement and the outlook of its position paper, and the legal pages every public body publishes (accessibility
/// statement, imprint, privacy notice). The body is Markdown.
/// </summary>
public sealed partial class ContentPage
{
    public const int SlugMaxLength = 60;
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20000;

    private ContentPage()
    {
        Slug = string.Empty;
        Title = string.Empty;
        GermanTitle = string.Empty;
        Body = string.Empty;
        GermanBody = string.Empty;
    }

    public ContentPage(string slug, int position, string title, string germanTitle, string body, string germanBody,
        ContentPageSection section = ContentPageSection.Solutions)
        : this()
    {
        Slug = !string.IsNullOrEmpty(slug) && slug.Length <= SlugMaxLength && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? slug
            : throw new DomainException(ErrorCodes.ContentPage.SlugInvalid, "Use lower-case letters, digits and hyphens.", nameof(slug));
        Position = position;
        Section = Guard.Defined(section, ErrorCodes.ContentPage.SectionUnknown, nameof(section));
        Update(title, germanTitle, body, germanBody);
    }

    public int Id { get; private set; }

    /// <summary>The page's name in its address: /Solutions/{Slug} for a solution; a legal page has its own address.</summary>
    public string Slug { get; private set; }

    /// <summary>Which pages it belongs with: the solutions list, or the legal pages linked from every page's footer.</summary>
    public ContentPageSection Section { get; private set; }

    /// <summary>Where the page stands in the list.</summary>
    public int Position { get; private set; }

    public string Title { get; private set; }

    public string GermanTitle { get; private set; }

    public string Body { get; private set; }

    public string GermanBody { get; private set; }

    public uint Version { get; private set; }

    public string TitleIn(string language) => language == "de" ? GermanTitle : Title;

    public string BodyIn(string language) => language == "de" ? GermanBody : Body;

    /// <summary>
    /// The parts of the body in this language still in [square brackets] for the association to fill in ("[Name of
    /// the association]"), each once. A Markdown link ("[text](address)", "[text][name]", "[name]: address") is not one.
    /// </summary>
    public IReadOnlyList<string> Placeholders(string language) =>
        [.. PlaceholderPattern().Matches(BodyIn(language)).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    public void Update(string title, string germanTitle, string body, string germanBody)
    {
        var validTitle = Guard.RequiredText(title, TitleMaxLength, ErrorCodes.ContentPage.Title, nameof(title));
        var validGermanTitle = Guard.RequiredText(germanTitle, TitleMaxLength, ErrorCodes.ContentPage.GermanTitle, nameof(germanTitle));
        var validBody = Guard.RequiredText(body, BodyMaxLength, ErrorCodes.ContentPage.Body, nameof(body));
        var validGermanBody = Guard.RequiredText(germanBody, BodyMaxLength, ErrorCodes.ContentPage.GermanBody, nameof(germanBody));
        Title = validTitle;
        GermanTitle = validGermanTitle;
        Body = validBody;
        GermanBody = validGermanBody;
    }

    [GeneratedRegex(@"(?<!\])\[[^\[\]\r\n]+\](?![(\[:])")]
    private static partial Regex PlaceholderPattern();
}

public enum ContentPageSection
{
    Solutions,
    Legal,
}
