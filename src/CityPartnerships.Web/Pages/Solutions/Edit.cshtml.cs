using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.ContentPages;
using CityPartnerships.Web.Pages.Legal;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Solutions;

/// <summary>Admins edit a content page in both languages (Markdown): a solution or a legal page (accessibility statement, imprint, privacy notice).</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ContentPageInput Input { get; set; } = new();

    public string Slug { get; private set; } = string.Empty;

    /// <summary>Where the page is read: a legal page at its own address, a solution under /Solutions.</summary>
    public string? LegalPage { get; private set; }

    /// <summary>The page's title in the breadcrumb, in the language the user reads the portal in.</summary>
    public string TitleInUserLanguage => (ActionAreaNames.Language == PortalCultures.German ? Input.GermanTitle : Input.Title) ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.ContentPages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Slug, LegalPage) = (slug, page.Section == ContentPageSection.Legal ? LegalPages.PageFor(slug) : null);
        (Input.Title, Input.GermanTitle, Input.Body, Input.GermanBody, Input.Version) = (page.Title, page.GermanTitle, page.Body, page.GermanBody, page.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.ContentPages.SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Slug, LegalPage) = (slug, page.Section == ContentPageSection.Legal ? LegalPages.PageFor(slug) : null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            page.Update(Input.Title ?? string.Empty, Input.GermanTitle ?? string.Empty, Input.Body ?? string.Empty, Input.GermanBody ?? string.Empty);
            db.Entry(page).Property(p => p.Version).OriginalValue = Input.Version;
            await db.SaveChangesAsync(cancellationToken);
            this.ShowSuccess(localizer["Solutions.Saved"]);
            return LegalPage is null ? RedirectToPage("Details", new { slug }) : RedirectToPage(LegalPage);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
            ModelState.Remove("Input.Version");
            Input.Version = await db.ContentPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Version).SingleAsync(cancellationToken);
        }

        return Page();
    }

    public sealed class ContentPageInput
    {
        [StringLength(ContentPage.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Solutions.TitleEnglish")]
        public string? Title { get; set; }

        [StringLength(ContentPage.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Solutions.TitleGerman")]
        public string? GermanTitle { get; set; }

        [StringLength(ContentPage.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Solutions.BodyEnglish")]
        public string? Body { get; set; }

        [StringLength(ContentPage.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Solutions.BodyGerman")]
        public string? GermanBody { get; set; }

        public uint Version { get; set; }
    }
}
