using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// Edits a partnership of the user's own city (admins: any). When someone else saved in between, the save is refused,
/// the user's input stays in the form, and a second save deliberately overwrites.
/// </summary>
public sealed class EditModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PageModel, IPartnershipFormPage
{
    [BindProperty]
    public PartnershipInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public string Title { get; private set; } = string.Empty;

    public int Id { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => FormAsync(id, cancellationToken, Input.CopyFrom);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await changes.ChangeAsync(Viewer.From(User), id, p => Input.ApplyToAsync(p, db, cancellationToken), cancellationToken,
                Input.Version, withActionAreas: true);
            switch (result.Outcome)
            {
                case ChangeOutcome.Done:
                    this.ShowSuccess(localizer["Partnership.Saved"]);
                    return RedirectToPage(PagePaths.PartnershipDetails, new { id });
                case ChangeOutcome.Gone:
                    this.ShowError(localizer["Error.DeletedMeanwhile"]);
                    return RedirectToPage(PagePaths.PartnershipList);
                default:
                    if (this.Refusal(result.Outcome) is { } refusal)
                    {
                        return refusal;
                    }

                    this.ShowInForm(result, localizer, Input);
                    break;
            }
        }

        return await FormAsync(id, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(int id, CancellationToken cancellationToken, Action<Partnership>? prepare = null)
    {
        var loaded = await changes.PartnershipAsync(Viewer.From(User), id, cancellationToken, withActionAreas: true);
        if (loaded.Record is not { } partnership)
        {
            return this.Refusal(loaded.Outcome)!;
        }

        prepare?.Invoke(partnership);
        Id = partnership.Id;
        Title = await PartnershipQueries.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
        return Page();
    }
}
