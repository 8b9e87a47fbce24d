using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>
/// Writes a practice in the template (staff: their own city's; admins may correct any) and saves it as a draft or
/// submits it for review. A refused save shows every broken rule next to its field and keeps everything typed.
/// </summary>
public sealed class EditModel(AppDbContext db, BestPracticeChanges changes, PracticeMails mails, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty]
    public BestPracticeInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public string? Title { get; private set; }

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public IReadOnlyList<ReviewView> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Viewer.From(User).CanWritePractices ? await FormAsync(null, cancellationToken) : Forbid();
        }

        return await FormAsync(id, cancellationToken, Input.CopyFrom);
    }

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (id is null && !viewer.CanWritePractices)
        {
            return Forbid();
        }

        if (!Input.Written().Any())
        {
            ModelState.AddModelError("Input.English.Title", localizer["DomainError.BestPractice.Title.Required"]);
        }

        if (ModelState.IsValid)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            async Task Apply(BestPractice practice)
            {
                await Input.ApplyToAsync(practice, db, cancellationToken);
                if (submit)
                {
                    practice.Submit(now);
                }
            }

            ChangeResult result;
            if (id is { } existing)
            {
                result = await changes.ChangeAsync(viewer, existing, PracticeChange.Edit, Apply, cancellationToken, Input.Version);
            }
            else
            {
                (result, id) = await changes.CreateAsync(viewer, async cityId =>
                {
                    var (language, text, section) = Input.Written().First();
                    BestPractice practice;
                    try
                    {
                        practice = new BestPractice(cityId, language, text.ToDomain());
                    }
                    catch (DomainException error) when (error.ParamName is not null)
                    {
                        throw new DomainException(error.Code, error.Message, $"{section}.{error.ParamName}");
                    }

                    await Apply(practice);
                    return practice;
                }, cancellationToken);
            }

            switch (result.Outcome)
            {
                case ChangeOutcome.Done:
                    if (submit)
                    {
                        await mails.QueueSubmittedAsync(id!.Value, cancellationToken);
                    }

                    this.ShowSuccess(localizer[submit ? "BestPractice.Submitted" : "BestPractice.Saved"]);
                    return RedirectToPage("Details", new { id });
                case ChangeOutcome.Gone:
                    this.ShowError(localizer["Error.DeletedMeanwhile"]);
                    return RedirectToPage("Mine");
                default:
                    if (this.Refusal(result.Outcome) is { } refusal)
                    {
                        return refusal;
                    }

                    this.ShowInForm(result, localizer, Input);
                    if (id == 0)
                    {
                        id = null;
                    }

                    break;
            }
        }

        return await FormAsync(id, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(int? id, CancellationToken cancellationToken, Action<BestPractice>? prepare = null)
    {
        if (id is { } existing)
        {
            var loaded = await changes.PracticeAsync(Viewer.From(User), existing, PracticeChange.Edit, cancellationToken);
            if (loaded.Record is not { } practice)
            {
                return this.Refusal(loaded.Outcome)!;
            }

            if (!practice.IsEditable)
            {
                this.ShowError(localizer[practice.Status == BestPracticeStatus.Published ? "DomainError.BestPractice.EditPublished" : "DomainError.BestPractice.EditSubmitted"]);
                return RedirectToPage("Details", new { id = existing });
            }

            prepare?.Invoke(practice);
            Id = practice.Id;
            Title = practice.TextIn(ActionAreaNames.Language).Title;
            Reviews = await db.BestPractices.AsNoTracking().Where(p => p.Id == existing)
                .SelectMany(p => p.Reviews).OrderByDescending(r => r.ReviewedAt).Take(1)
                .Select(r => new ReviewView(r.Decision, r.MeetsRelevance, r.MeetsEvidence, r.MeetsTransferability, r.MeetsCompleteness,
                    r.Comment, r.Reviewer, r.ReviewedAt))
                .ToListAsync(cancellationToken);
        }

        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
        return Page();
    }
}
