using CityPartnerships.Domain.ContentPages;

namespace CityPartnerships.Web.Pages.Legal;

/// <summary>
/// The legal pages linked from every page's footer: content pages of the <see cref="ContentPageSection.Legal"/>
/// section, each at its own address, edited by admins on the content pages' edit form.
/// </summary>
public static class LegalPages
{
    public const string AccessibilitySlug = "accessibility";
    public const string ImprintSlug = "imprint";
    public const string PrivacySlug = "privacy";

    public const string Accessibility = "/Legal/Accessibility";
    public const string Imprint = "/Legal/Imprint";
    public const string Privacy = "/Legal/Privacy";

    /// <summary>The page that shows the legal text with this slug; null for any other slug.</summary>
    public static string? PageFor(string slug) => slug switch
    {
        AccessibilitySlug => Accessibility,
        ImprintSlug => Imprint,
        PrivacySlug => Privacy,
        _ => null,
    };

    /// <summary>
    /// A path of this portal ("/Partnerships/Index?p=2"), never another site: not "//host", "/\host", a scheme or
    /// anything with control characters or spaces. Only such a value becomes a link.
    /// </summary>
    public static bool IsLocalPath(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] == '/'
        && (value.Length == 1 || (value[1] != '/' && value[1] != '\\'))
        && !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>The legal text in the reader's language, or null when it is missing (an installation not yet seeded).</summary>
    public static async Task<LegalPageView?> FindAsync(AppDbContext db, string slug, CancellationToken cancellationToken)
    {
        var german = ActionAreaNames.Language == PortalCultures.German;
        return await db.ContentPages.AsNoTracking()
            .Where(p => p.Section == ContentPageSection.Legal && p.Slug == slug)
            .Select(p => new LegalPageView(p.Slug, german ? p.GermanTitle : p.Title, german ? p.GermanBody : p.Body))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The legal pages that still have parts in [square brackets] for the association to fill in, titled in the
    /// reader's language, with those parts of the reader's language version (or of the other one, if only that has
    /// any left): a portal must not go live with "[Name of the association]" in its imprint.
    /// </summary>
    public static Task<IReadOnlyList<LegalPageToFill>> ToFillAsync(AppDbContext db, SharedReadCache cache, CancellationToken cancellationToken) =>
        // Kept like the figures beside it: reading the three texts in both languages on every view cost /Admin 10-15 %.
        cache.GetOrReadAsync("legal:to-fill", token => ReadToFillAsync(db, token), cancellationToken);

    private static async Task<IReadOnlyList<LegalPageToFill>> ReadToFillAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pages = await db.ContentPages.AsNoTracking()
            .Where(p => p.Section == ContentPageSection.Legal)
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);
        var language = PortalCultures.Language;
        var otherLanguage = language == PortalCultures.German ? "en" : PortalCultures.German;
        return [.. pages
            .Select(p => new LegalPageToFill(p.Slug, p.TitleIn(language),
                p.Placeholders(language) is { Count: > 0 } inReadersLanguage ? inReadersLanguage : p.Placeholders(otherLanguage)))
            .Where(p => p.Placeholders.Count > 0)];
    }
}

public sealed record LegalPageView(string Slug, string Title, string Body);

public sealed record LegalPageToFill(string Slug, string Title, IReadOnlyList<string> Placeholders);
