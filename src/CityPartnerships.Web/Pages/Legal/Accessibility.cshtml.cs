using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Accessibility;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.Accessibility;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Legal;

/// <summary>
/// The accessibility statement and its feedback form, for anyone, signed in or not. The page concerned is filled in
/// from the link that led here (a path of this portal only), and is stored as text: it never becomes a redirect.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.AnonymousForms)]
public sealed class AccessibilityModel(AppDbContext db, FeedbackMails mails, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public LegalPageView Text { get; private set; } = null!;

    /// <summary>After a report: the thanks are shown where the form was, the page sent there.</summary>
    [TempData]
    public bool FeedbackSent { get; set; }

    /// <summary>After a report: the local page it concerned, to go back to.</summary>
    [TempData]
    public string? ReturnPage { get; set; }

    public async Task<IActionResult> OnGetAsync(string? from, CancellationToken cancellationToken)
    {
        Input.Page = LocalPageOrNull(from) ?? RefererPage();
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        AccessibilityFeedback feedback;
        try
        {
            feedback = new AccessibilityFeedback(Input.Problem, Input.Page, Input.Name, Input.Email, ActionAreaNames.Language, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return await ShowAsync(cancellationToken);
        }

        db.AccessibilityFeedback.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        await mails.QueueReceivedAsync(feedback, cancellationToken);
        ReturnPage = LocalPageOrNull(feedback.Page);
        FeedbackSent = true;
        return RedirectToPage(null, null, null, "feedback");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await LegalPages.FindAsync(db, LegalPages.AccessibilitySlug, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        return Page();
    }

    private static string? LocalPageOrNull(string? value) =>
        LegalPages.IsLocalPath(value) && value!.Length <= AccessibilityFeedback.PageMaxLength ? value : null;

    /// <summary>The page the visitor came from, when it is a page of this portal other than this one.</summary>
    private string? RefererPage()
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = referer.PathAndQuery;
        return path.StartsWith(Url.Page(LegalPages.Accessibility) ?? "/Accessibility", StringComparison.OrdinalIgnoreCase) ? null : LocalPageOrNull(path);
    }

    public sealed class FeedbackInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(AccessibilityFeedback.ProblemMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "AccessibilityFeedback.Problem")]
        public string? Problem { get; set; }

        [StringLength(AccessibilityFeedback.PageMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "AccessibilityFeedback.Page")]
        public string? Page { get; set; }

        [StringLength(AccessibilityFeedback.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "AccessibilityFeedback.Name")]
        public string? Name { get; set; }

        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [System.ComponentModel.DataAnnotations.EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "AccessibilityFeedback.Email")]
        public string? Email { get; set; }
    }
}
