namespace CityPartnerships.Web.Pages.Admin.Networks;

/// <summary>Asks before deleting a network; its members leave it, which their histories record.</summary>
public sealed class DeleteModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public int Members { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        Name = network.NameIn(PortalCultures.Language);
        Members = await db.Cities.CountAsync(c => c.Networks.Any(n => n.Id == id), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        var members = await db.Cities.Include(c => c.Networks).Where(c => c.Networks.Any(n => n.Id == id)).ToListAsync(cancellationToken);
        foreach (var city in members)
        {
            city.LeaveNetwork(id);
        }

        db.Networks.Remove(network);
        await db.SaveChangesAsync(cancellationToken);
        this.ShowSuccess(localizer["Networks.Deleted", network.NameIn(PortalCultures.Language)]);
        return RedirectToPage("Index");
    }
}
