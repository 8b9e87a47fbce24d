using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>
/// A city adopts a published practice: a follow-up project on one of its partnerships, linked to the practice; later
/// the same page records what came of it.
/// </summary>
[Authorize(Policy = Policies.CityStaff)]
public sealed class AdoptModel(AppDbContext db, BestPracticeQueries queries, BestPracticeChanges changes, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AdoptInput Input { get; set; } = new();

    public BestPracticeDetailsView Practice { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PartnershipOptions { get; private set; } = [];

    /// <summary>The adoption whose outcome is being recorded, if any.</summary>
    public AdoptionView? Adoption { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? adoptionId, CancellationToken cancellationToken)
    {
        var result = await FormAsync(id, adoptionId, cancellationToken);
        if (Adoption is not null)
        {
            Input.Outcome = Adoption.Outcome;
        }
        else if (Practice is not null)
        {
            Input.ProjectTitle ??= localizer["BestPractice.AdoptProjectTitle", Practice.Text.Title].Value is { Length: <= Project.TitleMaxLength } title ? title : null;
        }

        return result;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Remove("Input.Outcome");
        if (Input.PartnershipId is null)
        {
            ModelState.AddModelError("Input.PartnershipId", localizer["DomainError.BestPractice.Adopt.Partnership"]);
        }

        if (string.IsNullOrWhiteSpace(Input.ProjectTitle))
        {
            ModelState.AddModelError("Input.ProjectTitle", localizer["DomainError.Project.Title.Required"]);
        }

        if (ModelState.IsValid)
        {
            var (result, _) = await changes.AdoptAsync(Viewer.From(User), id, Input.PartnershipId!.Value, Input.ProjectTitle!, User.GetDisplayName(),
                clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (result.IsDone)
            {
                this.ShowSuccess(localizer["BestPractice.AdoptedMessage"]);
                return RedirectToPage("Details", new { id });
            }

            if (this.Refusal(result.Outcome) is { } refusal)
            {
                return refusal;
            }

            this.ShowInForm(result, localizer);
        }

        return await FormAsync(id, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id, int adoptionId, CancellationToken cancellationToken)
    {
        ModelState.Remove("Input.ProjectTitle");
        if (ModelState.IsValid)
        {
            var result = await changes.RecordOutcomeAsync(Viewer.From(User), id, adoptionId, Input.Outcome, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (this.Refusal(result.Outcome) is { } refusal)
            {
                return refusal;
            }

            if (result.IsDone)
            {
                this.ShowSuccess(localizer["BestPractice.OutcomeSaved"]);
                return RedirectToPage("Details", new { id });
            }

            this.ShowInForm(result, localizer);
        }

        return await FormAsync(id, adoptionId, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(int id, int? adoptionId, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (await queries.DetailsAsync(viewer, id, ActionAreaNames.Language, cancellationToken) is not { } practice
            || practice.Status != BestPracticeStatus.Published)
        {
            return NotFound();
        }

        Practice = practice;
        if (adoptionId is not null)
        {
            Adoption = practice.Adoptions.FirstOrDefault(a => a.Id == adoptionId && a.CityId == viewer.CityId);
            return Adoption is null ? NotFound() : Page();
        }

        var cityId = viewer.CityId!.Value;
        var partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => p.CityId == cityId || p.PartnerCityId == cityId)
            .Select(p => new { p.Id, Partner = p.CityId == cityId ? p.PartnerCity!.NameIn(PortalCultures.Language) : p.City!.NameIn(PortalCultures.Language), p.Kind })
            .ToListAsync(cancellationToken);
        PartnershipOptions = [.. partnerships
            .Select(p => new SelectListItem($"{p.Partner} ({localizer[$"PartnershipKind.{p.Kind}"]})", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(o => o.Text, StringComparer.CurrentCulture)];
        return Page();
    }

    public sealed class AdoptInput
    {
        [Display(Name = "BestPractice.AdoptPartnership")]
        public int? PartnershipId { get; set; }

        [StringLength(Project.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "BestPractice.AdoptProject")]
        public string? ProjectTitle { get; set; }

        [StringLength(BestPracticeAdoption.OutcomeMaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.MultilineText)]
        [Display(Name = "BestPractice.Outcome")]
        public string? Outcome { get; set; }
    }
}
