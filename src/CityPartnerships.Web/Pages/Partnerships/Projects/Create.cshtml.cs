using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>Staff of either city (and admins) add a project with its funding to a partnership.</summary>
public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IProjectFormPage
{
    [BindProperty]
    public ProjectForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public int PartnershipId { get; private set; }

    public string PartnershipTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, partnershipId, PartnershipAccess.For(User), cancellationToken);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, partnershipId, PartnershipAccess.For(User), cancellationToken);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var project = new Project(partnership.Id, Input.Title ?? string.Empty);
                var errors = await Input.ApplyToAsync(project, db, cancellationToken);
                foreach (var error in errors)
                {
                    ModelState.AddDomainError(error, localizer);
                }

                if (errors.Count == 0)
                {
                    db.Projects.Add(project);
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["StatusMessage"] = localizer["Project.Created"].Value;
                    return RedirectToPage("/Partnerships/Details", null, new { id = partnership.Id }, "projects");
                }
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
        }

        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        PartnershipId = partnership.Id;
        PartnershipTitle = await PartnershipLoader.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }
}
