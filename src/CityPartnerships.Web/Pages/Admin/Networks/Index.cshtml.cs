using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Networks;

namespace CityPartnerships.Web.Pages.Admin.Networks;

/// <summary>The city networks members can belong to (Eurocities, ICLEI, …), and a form to add one.</summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public IReadOnlyList<NetworkRowView> Networks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var network = new Network(Input.Name, Input.Acronym, Input.GermanName, Input.GermanAcronym);
                if (await db.Networks.AnyAsync(n => n.Name == network.Name, cancellationToken))
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", localizer["Networks.AlreadyThere"]);
                }
                else
                {
                    db.Networks.Add(network);
                    await db.SaveChangesAsync(cancellationToken);
                    this.ShowSuccess(localizer["Networks.Added", network.NameIn(PortalCultures.Language)]);
                    return RedirectToPage("Edit", new { id = network.Id });
                }
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateException error) when (NetworkInput.IsNameTaken(error))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", localizer["Networks.AlreadyThere"]);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Networks = [.. (await db.Networks.AsNoTracking()
                .Select(n => new { Network = n, Members = db.Cities.Count(c => c.Networks.Any(m => m.Id == n.Id)) })
                .ToListAsync(cancellationToken))
            .Select(n => new NetworkRowView(n.Network.Id, n.Network.NameIn(PortalCultures.Language), n.Network.AcronymIn(PortalCultures.Language), n.Members))
            .OrderBy(n => n.Name, PortalCultures.NameOrder)];

    public sealed record NetworkRowView(int Id, string Name, string? Acronym, int Members);
}
