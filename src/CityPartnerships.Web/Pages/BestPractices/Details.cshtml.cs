using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>
/// A practice's page: public once published; drafts and those in review only for their city's users and admins,
/// who also see the review comments and the history. The city submits or withdraws it here.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(BestPracticeQueries queries, BestPracticeChanges changes, PracticeMails mails, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    public BestPracticeDetailsView Practice { get; private set; } = null!;

    public bool ShowsHistory { get; private set; }

    public bool CanWithdraw { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (await queries.DetailsAsync(viewer, id, ActionAreaNames.Language, cancellationToken) is not { } practice)
        {
            return NotFound();
        }

        Practice = practice;
        ShowsHistory = viewer.IsAdmin || viewer.CityId == practice.CityId;
        CanWithdraw = practice.Status == BestPracticeStatus.Published && (viewer.CanCurate || viewer.CanEditPractice(practice.CityId));
        return Page();
    }

    public async Task<IActionResult> OnGetPictureAsync(int id, int pictureId, CancellationToken cancellationToken)
    {
        if (await queries.PictureAsync(Viewer.From(User), id, pictureId, cancellationToken) is not { } picture)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(picture.Content, picture.ContentType);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await changes.ChangeAsync(Viewer.From(User), id, PracticeChange.Edit, p =>
        {
            p.Submit(now);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.IsDone)
        {
            await mails.QueueSubmittedAsync(id, cancellationToken);
        }

        return Answer(id, result, "BestPractice.Submitted");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        var result = await changes.ChangeAsync(Viewer.From(User), id, PracticeChange.Withdraw, p =>
        {
            p.ReturnToDraft();
            return Task.CompletedTask;
        }, cancellationToken);
        return Answer(id, result, "BestPractice.Withdrawn");
    }

    private IActionResult Answer(int id, ChangeResult result, string successKey)
    {
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, successKey);
        return RedirectToPage("Details", new { id });
    }
}
