using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Cities;
using CityPartnerships.Web.Features.Partnerships;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>Staff log a partnership of their own city; the city comes from their account, never from the form.</summary>
[Authorize(Policy = Policies.CityStaff)]
public sealed class CreateModel(AppDbContext db, PartnershipChanges changes, CityChoices cityChoices, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
    : PageModel, IPartnershipFormPage
{
    [BindProperty]
    public NewPartnershipInput Input { get; set; } = new();

    PartnershipInput IPartnershipFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public string OwnCityName { get; private set; } = string.Empty;

    /// <summary>Places of the typed name when it fits several: the user picks one.</summary>
    public IReadOnlyList<CityChoiceView> PartnerChoices { get; private set; } = [];

    /// <param name="partner">A city to fill in, e.g. one just added by hand.</param>
    /// <param name="cancellationToken">Ends the request early.</param>
    public async Task OnGetAsync(int? partner, CancellationToken cancellationToken)
    {
        if (partner is { } id && await db.Cities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } city)
        {
            Input.PartnerCityId = city.Id;
            Input.PartnerName = (await cityChoices.DescribeAsync([city], city.NameIn(PortalCultures.Language), User.GetCityId(), cancellationToken))[0].Label(localizer);
        }

        await LoadAsync(cancellationToken);
    }

    /// <summary>Autocomplete for the partner city: up to 10 cities whose name, in any language, contains what was typed.</summary>
    public async Task<IActionResult> OnGetPartnersAsync(string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var choices = await cityChoices.SuggestAsync(q, User.GetCityId(), 10, cancellationToken);
        return new JsonResult(choices.Select(c => new { id = c.Id, label = c.Label(localizer) }));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ownCityId = User.GetCityId()!.Value;
        var partnerId = await ResolvePartnerAsync(cancellationToken);
        if (!ModelState.IsValid || partnerId is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (result, id) = await changes.CreateAsync(Viewer.From(User), async () =>
        {
            var partnership = new Partnership(ownCityId, partnerId.Value, Input.Kind, Input.Status, Input.StartedOn, Input.EndedOn,
                Input.Description, now);
            partnership.SetActionAreas(await Input.SelectedAreasAsync(db, cancellationToken));
            partnership.MarkInternal(Input.IsInternal);
            partnership.MarkVerified(now);
            return partnership;
        }, cancellationToken);
        if (result.IsDone)
        {
            this.ShowSuccess(localizer["Partnership.Created"]);
            return RedirectToPage(PagePaths.PartnershipDetails, new { id });
        }

        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowInForm(result, localizer);
        // The partner is the one field a rule about the pair of cities can be shown next to.
        foreach (var error in result.Errors.Where(e => e.ParamName == "partnerCityId"))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PartnerName)}", DomainErrors.Message(error, localizer));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The partner chosen from the suggestions, or a unique exact name typed without using them.</summary>
    private async Task<int?> ResolvePartnerAsync(CancellationToken cancellationToken)
    {
        var key = $"{nameof(Input)}.{nameof(Input.PartnerName)}";
        if (Input.PartnerCityId is { } chosen && await db.Cities.AnyAsync(c => c.Id == chosen, cancellationToken))
        {
            return chosen;
        }

        if (string.IsNullOrWhiteSpace(Input.PartnerName))
        {
            return null; // [Required] already reported it
        }

        // "Toulouse", or a suggestion's label typed out: "Toulouse, Occitanie (France) · …".
        var name = Input.PartnerName.Split(',', '(', '·')[0].Trim();
        var matches = await cityChoices.NamedAsync(name, User.GetCityId(), cancellationToken);
        if (matches.Count == 1)
        {
            Input.PartnerCityId = matches[0].Id;
            return matches[0].Id;
        }

        // Several places of that name: never take one silently, the user picks (Springfield, Illinois or Missouri).
        PartnerChoices = matches;
        ModelState.AddModelError(key, localizer[matches.Count == 0 ? "Partnership.PartnerNotFound" : "Partnership.PartnerAmbiguous", name]);
        return null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var ownCityId = User.GetCityId()!.Value;
        OwnCityName = await db.Cities.Where(c => c.Id == ownCityId).Select(c => c.Name).SingleAsync(cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }

    public sealed class NewPartnershipInput : PartnershipInput
    {
        public int? PartnerCityId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Partnership.Partner")]
        public string? PartnerName { get; set; }
    }
}
