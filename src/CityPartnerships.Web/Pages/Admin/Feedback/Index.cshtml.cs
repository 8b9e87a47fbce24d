using CityPartnerships.Web.Pages.Legal;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.Admin.Feedback;

/// <summary>What people reported through the accessibility statement's feedback form, newest first; admins mark each answered.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<FeedbackRowView> Feedback { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Feedback = await db.AccessibilityFeedback.AsNoTracking()
            .OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Id)
            .Select(f => new FeedbackRowView(f.Id, f.ReceivedAt, f.Problem, f.Page, f.Name, f.Email, f.Language, f.AnsweredAt, f.AnsweredBy))
            .ToPagedResultAsync(PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostAnsweredAsync(int id, CancellationToken cancellationToken)
    {
        var feedback = await db.AccessibilityFeedback.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (feedback is null)
        {
            return NotFound();
        }

        feedback.MarkAnswered(clock.GetUtcNow().UtcDateTime, User.GetDisplayName());
        await db.SaveChangesAsync(cancellationToken);
        this.ShowSuccess(localizer["AccessibilityFeedback.MarkedAnswered"]);
        return RedirectToPage(new { p = PageNumber });
    }

    public sealed record FeedbackRowView(int Id, DateTime ReceivedAt, string Problem, string? Page, string? Name, string? Email,
        string Language, DateTime? AnsweredAt, string? AnsweredBy)
    {
        /// <summary>The page as a link only when it is a path of this portal; anything else someone typed stays text.</summary>
        public bool PageIsLink => LegalPages.IsLocalPath(Page);
    }
}
