using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.Admin.Partnerships;

/// <summary>Deleted partnerships stay in the database; an admin can bring them back.</summary>
public sealed class DeletedModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DeletedRowView> Partnerships { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Partnerships = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.DeletedAt != null)
            .OrderByDescending(p => p.DeletedAt).ThenBy(p => p.Id)
            .Select(p => new DeletedRowView(p.Id, p.City!.NameIn(PortalCultures.Language), p.PartnerCity!.NameIn(PortalCultures.Language), p.Kind.ToString(), p.DeletedAt!.Value))
            .ToPagedResultAsync(PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        var result = await changes.RestoreAsync(Viewer.From(User), id, cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, "Partnership.Restored");
        return result.IsDone ? RedirectToPage(PagePaths.PartnershipDetails, new { id }) : RedirectToPage();
    }

    public sealed record DeletedRowView(int Id, string CityName, string PartnerName, string Kind, DateTime DeletedAt);
}
