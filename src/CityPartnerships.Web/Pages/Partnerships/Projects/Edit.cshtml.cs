using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>
/// Edits or deletes a project of a partnership the user may change. As on the partnership's edit page, a save over
/// someone else's change is refused once with the input kept; saving again then overwrites deliberately.
/// </summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IProjectFormPage
{
    [BindProperty]
    public EditedProject Input { get; set; } = new();

    ProjectForm IProjectFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public int PartnershipId { get; private set; }

    public int Id { get; private set; }

    public string PartnershipTitle { get; private set; } = string.Empty;

    public string ProjectTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, project, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Input.CopyFrom(project!);
        Input.Version = project!.Version;
        await LoadAsync(partnership!, project, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, project, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        // The title in the heading and breadcrumbs is the saved one, not what was typed.
        var savedTitle = project!.Title;
        if (ModelState.IsValid)
        {
            // The version the user started from: if the row has moved on since, SaveChanges refuses.
            db.Entry(project).Property(p => p.Version).OriginalValue = Input.Version;
            var errors = await Input.ApplyToAsync(project, db, cancellationToken);
            foreach (var error in errors)
            {
                ModelState.AddDomainError(error, localizer);
            }

            if (errors.Count == 0)
            {
                try
                {
                    // The row is always written, so the version check also applies when only the action areas (a
                    // join table) change. The history records only values that really changed.
                    db.Entry(project).Property(p => p.Title).IsModified = true;
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["StatusMessage"] = localizer["Project.Saved"].Value;
                    return RedirectToPage("/Partnerships/Details", null, new { id = partnershipId }, "projects");
                }
                catch (DbUpdateConcurrencyException)
                {
                    var current = await db.Projects.AsNoTracking()
                        .Where(p => p.Id == id)
                        .Select(p => (uint?)p.Version)
                        .SingleOrDefaultAsync(cancellationToken);
                    if (current is null)
                    {
                        TempData["ErrorMessage"] = localizer["Project.DeletedMeanwhile"].Value;
                        return RedirectToPage("/Partnerships/Details", null, new { id = partnershipId }, "projects");
                    }

                    ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                    // Saving again now overwrites the other change on purpose: the user has seen the warning.
                    ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                    Input.Version = current.Value;
                }
            }
        }

        await LoadAsync(partnership!, project, cancellationToken, savedTitle);
        return Page();
    }

    /// <summary>Deletes the project for good; the partnership's history keeps what it was.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (_, project, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        db.Projects.Remove(project!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else deleted it a moment earlier: what the user wanted has happened.
        }

        TempData["StatusMessage"] = localizer["Project.Deleted"].Value;
        return RedirectToPage("/Partnerships/Details", null, new { id = partnershipId }, "projects");
    }

    /// <summary>The partnership (which the user must be allowed to change) and its project, or the answer to give.</summary>
    private async Task<(Partnership? Partnership, Project? Project, IActionResult? Result)> LoadForChangeAsync(int partnershipId, int id,
        CancellationToken cancellationToken)
    {
        var (partnership, project, forbidden) = await PartnershipLoader.RecordForChangeAsync(db, db.Projects.Include(p => p.ActionAreas),
            partnershipId, id, PartnershipAccess.For(User), cancellationToken);
        return project is null ? (null, null, forbidden ? Forbid() : NotFound()) : (partnership, project, null);
    }

    private async Task LoadAsync(Partnership partnership, Project project, CancellationToken cancellationToken, string? savedTitle = null)
    {
        PartnershipId = partnership.Id;
        Id = project.Id;
        ProjectTitle = savedTitle ?? project.Title;
        PartnershipTitle = await PartnershipLoader.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }

    public sealed class EditedProject : ProjectForm
    {
        public uint Version { get; set; }
    }
}
