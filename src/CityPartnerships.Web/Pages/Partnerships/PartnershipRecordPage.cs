using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// The add and edit pages of a partnership's records (activities, projects, contacts): the form is shown only to
/// someone who may change the partnership, and a change is answered the same way everywhere — a message on the
/// details page, the form again with what was refused, or the status page.
/// </summary>
public abstract class PartnershipRecordPage(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    public int PartnershipId { get; private set; }

    public string PartnershipTitle { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    /// <summary>The id of the record an edit page shows.</summary>
    public int Id { get; private set; }

    /// <summary>The details page section the records are listed in, e.g. "activities".</summary>
    protected abstract string Section { get; }

    protected AppDbContext Db => db;

    protected PartnershipChanges Changes => changes;

    protected Viewer Viewer => Viewer.From(User);

    /// <summary>The form for a new record (or the same form again after a refused save).</summary>
    protected async Task<IActionResult> FormAsync(int partnershipId, CancellationToken cancellationToken, Action<Partnership>? prepare = null)
    {
        var loaded = await changes.PartnershipAsync(Viewer, partnershipId, cancellationToken);
        if (loaded.Record is not { } partnership)
        {
            return this.Refusal(loaded.Outcome)!;
        }

        prepare?.Invoke(partnership);
        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    /// <summary>The form for an existing record; <paramref name="prepare"/> fills it when the page is first shown.</summary>
    protected async Task<IActionResult> FormAsync<T>(int partnershipId, int id, CancellationToken cancellationToken,
        Func<IQueryable<T>, IQueryable<T>>? include = null, Action<T>? prepare = null)
        where T : class, IPartnershipRecord
    {
        var (loaded, record) = await changes.RecordAsync(Viewer, partnershipId, id, cancellationToken, include);
        if (record is null)
        {
            return this.Refusal(loaded.Outcome)!;
        }

        prepare?.Invoke(record);
        Id = record.Id;
        await LoadAsync(loaded.Record!, cancellationToken);
        return Page();
    }

    /// <summary>The answer to a change when it is final (saved, refused for access, or deleted meanwhile); null to show the form again.</summary>
    protected IActionResult? Answer(int partnershipId, ChangeResult result, string successKey, IVersionedInput? input = null)
    {
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                this.ShowSuccess(localizer[successKey]);
                return RedirectToDetails(partnershipId);
            case ChangeOutcome.Gone:
                this.ShowError(localizer["Error.DeletedMeanwhile"]);
                return RedirectToDetails(partnershipId);
            case ChangeOutcome.NotFound or ChangeOutcome.Forbidden:
                return this.Refusal(result.Outcome);
            default:
                this.ShowInForm(result, localizer, input);
                return null;
        }
    }

    /// <summary>The answer to a delete: deleting what someone else deleted a moment earlier is what the user wanted.</summary>
    protected IActionResult AnswerDelete(int partnershipId, ChangeResult result, string successKey)
    {
        if (result.Outcome is ChangeOutcome.Done or ChangeOutcome.Gone)
        {
            this.ShowSuccess(localizer[successKey]);
            return RedirectToDetails(partnershipId);
        }

        return this.Refusal(result.Outcome) ?? RedirectToDetails(partnershipId);
    }

    protected RedirectToPageResult RedirectToDetails(int partnershipId) =>
        RedirectToPage(PagePaths.PartnershipDetails, null, new { id = partnershipId }, Section);

    /// <summary>Whether the form offers the action areas.</summary>
    protected virtual bool NeedsAreaOptions => true;

    /// <summary>What the form needs besides the partnership's title and the action areas.</summary>
    protected virtual Task LoadOptionsAsync(Partnership partnership, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        PartnershipId = partnership.Id;
        PartnershipTitle = await PartnershipQueries.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = NeedsAreaOptions ? await ActionAreaNames.OptionsAsync(db, cancellationToken) : [];
        await LoadOptionsAsync(partnership, cancellationToken);
    }
}
