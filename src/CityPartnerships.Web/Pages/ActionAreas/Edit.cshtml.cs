using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.ActionAreas;

/// <summary>Admins edit an action area in both languages, its SDGs and the two practices it features.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
public sealed class EditModel(AppDbContext db, BestPracticeQueries practices, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ActionAreaInput Input { get; set; } = new();

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> PracticeOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.ActionAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        Input.CopyFrom(area);
        return await FormAsync(area, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.ActionAreas.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        var published = await practices.PublishedInAreaAsync(id, ActionAreaNames.Language, cancellationToken);
        foreach (var (featured, field) in new[] { (Input.FirstFeaturedId, nameof(Input.FirstFeaturedId)), (Input.SecondFeaturedId, nameof(Input.SecondFeaturedId)) })
        {
            if (featured is not null && published.All(p => p.Id != featured))
            {
                ModelState.AddModelError($"Input.{field}", localizer["ActionArea.FeaturedNotPublished"]);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                area.UpdateDetails(Input.Name ?? string.Empty, Input.Description ?? string.Empty, Input.Benefits, Input.Suggestions);
                area.UpdateGermanDetails(Input.GermanName, Input.GermanDescription, Input.GermanBenefits, Input.GermanSuggestions);
                area.SetSdgs(Input.Sdgs);
                area.Feature(Input.FirstFeaturedId, Input.SecondFeaturedId);
                db.Entry(area).Property(a => a.Version).OriginalValue = Input.Version;
                await db.SaveChangesAsync(cancellationToken);
                this.ShowSuccess(localizer["ActionArea.Saved"]);
                return RedirectToPage("Details", new { id });
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                var current = await db.ActionAreas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Version).SingleAsync(cancellationToken);
                ModelState.Remove("Input.Version");
                Input.Version = current;
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError("Input.Name", localizer["ActionArea.NameTaken"]);
            }
        }

        return await FormAsync(area, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(ActionArea area, CancellationToken cancellationToken)
    {
        Name = area.NameIn(ActionAreaNames.Language);
        var published = await practices.PublishedInAreaAsync(area.Id, ActionAreaNames.Language, cancellationToken);
        PracticeOptions = [.. published.Select(p => new SelectListItem($"{p.Title} ({p.CityName})", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return Page();
    }

    public sealed class ActionAreaInput
    {
        [StringLength(ActionArea.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.NameEnglish")]
        public string? Name { get; set; }

        [StringLength(ActionArea.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.NameGerman")]
        public string? GermanName { get; set; }

        [StringLength(ActionArea.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.DescriptionEnglish")]
        public string? Description { get; set; }

        [StringLength(ActionArea.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.DescriptionGerman")]
        public string? GermanDescription { get; set; }

        [StringLength(ActionArea.BenefitsMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.BenefitsEnglish")]
        public string? Benefits { get; set; }

        [StringLength(ActionArea.BenefitsMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.BenefitsGerman")]
        public string? GermanBenefits { get; set; }

        [StringLength(ActionArea.SuggestionsMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.SuggestionsEnglish")]
        public string? Suggestions { get; set; }

        [StringLength(ActionArea.SuggestionsMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "ActionArea.SuggestionsGerman")]
        public string? GermanSuggestions { get; set; }

        [Display(Name = "ActionArea.Sdgs")]
        public List<int> Sdgs { get; set; } = [];

        [Display(Name = "ActionArea.FirstFeatured")]
        public int? FirstFeaturedId { get; set; }

        [Display(Name = "ActionArea.SecondFeatured")]
        public int? SecondFeaturedId { get; set; }

        public uint Version { get; set; }

        public void CopyFrom(ActionArea area)
        {
            (Name, GermanName, Description, GermanDescription) = (area.Name, area.GermanName, area.Description, area.GermanDescription);
            (Benefits, GermanBenefits, Suggestions, GermanSuggestions) = (area.Benefits, area.GermanBenefits, area.Suggestions, area.GermanSuggestions);
            Sdgs = [.. area.Sdgs];
            (FirstFeaturedId, SecondFeaturedId, Version) = (area.FirstFeaturedPracticeId, area.SecondFeaturedPracticeId, area.Version);
        }
    }
}
