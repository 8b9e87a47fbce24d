using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using CityPartnerships.Web.Pages.Partnerships;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Admin.Partnerships;

/// <summary>Deleted partnerships stay in the database; an admin can bring them back.</summary>
public sealed class DeletedModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DeletedRow> Partnerships { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Partnerships = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.DeletedAt != null)
            .OrderByDescending(p => p.DeletedAt).ThenBy(p => p.Id)
            .Select(p => new DeletedRow(p.Id, p.City!.Name, p.PartnerCity!.Name, p.Kind.ToString(), p.DeletedAt!.Value))
            .ToPagedResultAsync(PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null)
        {
            return NotFound();
        }

        try
        {
            partnership.Restore();
            partnership.EnsureNoActiveDuplicateAmong(await PartnershipLoader.BetweenSamePairAsync(db, partnership, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            TempData["StatusMessage"] = localizer["Partnership.Restored"].Value;
            return RedirectToPage("/Partnerships/Details", new { id });
        }
        catch (DomainException error)
        {
            TempData["ErrorMessage"] = DomainErrors.Message(error, localizer);
            return RedirectToPage();
        }
    }

    public sealed record DeletedRow(int Id, string CityName, string PartnerName, string Kind, DateTime DeletedAt);
}
