using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Suggestions;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Board;

/// <summary>
/// Staff post what their city seeks, or edit their city's open post. The city comes from the sign-in; a refused save
/// shows each broken rule next to its field and keeps everything typed.
/// </summary>
[Authorize(Policy = Policies.CityStaff)]
public sealed class EditModel(PartnerSearchBoard board, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A new post runs for three months unless the poster says otherwise.</summary>
    public const int DefaultMonths = 3;

    [BindProperty]
    public PartnerSearchInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            var loaded = await board.PostForChangeAsync(Viewer.From(User), existing, cancellationToken);
            if (loaded.Record is not { } post)
            {
                return this.Refusal(loaded.Outcome)!;
            }

            if (post.Status == Domain.Suggestions.PartnerSearchStatus.Closed)
            {
                this.ShowError(localizer["DomainError.PartnerSearch.Closed"]);
                return RedirectToPage("Details", new { id = existing });
            }

            Input = PartnerSearchInput.From(post);
            Id = existing;
        }
        else
        {
            Input.Until = Today.AddMonths(DefaultMonths);
        }

        return await FormAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return await FormAsync(cancellationToken);
        }

        var viewer = Viewer.From(User);
        ChangeResult result;
        if (id is { } existing)
        {
            result = await board.EditAsync(viewer, existing, Input.ToDetails(), cancellationToken);
        }
        else
        {
            (result, id) = await board.PostAsync(viewer, Input.ToDetails(), User.GetDisplayName(), cancellationToken);
        }

        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        if (result.IsDone)
        {
            this.ShowSuccess(localizer[Id is null ? "Board.Posted" : "Board.Saved"]);
            return RedirectToPage("Details", new { id });
        }

        this.ShowInForm(result, localizer);
        return await FormAsync(cancellationToken);
    }

    private async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
        CountryOptions = CountryNames.Options();
        return Page();
    }
}
