using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Networks;
using CityPartnerships.Web.Features.Cities;

namespace CityPartnerships.Web.Pages.Admin.Networks;

/// <summary>Renames a network and adds or removes its member cities; each change shows in the history of the city.</summary>
public sealed class EditModel(AppDbContext db, CityChoices choices, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int Candidates = 8;

    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public int Id { get; private set; }

    public string CurrentName { get; private set; } = string.Empty;

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<CityChoiceView> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        Input = new NetworkInput { Name = network.Name, Acronym = network.Acronym, GermanName = network.GermanName, GermanAcronym = network.GermanAcronym };
        await LoadAsync(network, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var original = network.Name;
                network.Rename(Input.Name, Input.Acronym, Input.GermanName, Input.GermanAcronym);
                if (network.Name != original && await db.Networks.AnyAsync(n => n.Id != id && n.Name == network.Name, cancellationToken))
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", localizer["Networks.AlreadyThere"]);
                }
                else
                {
                    await db.SaveChangesAsync(cancellationToken);
                    this.ShowSuccess(localizer["Networks.Saved", network.NameIn(PortalCultures.Language)]);
                    return RedirectToPage(new { id });
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

        await LoadAsync(await db.Networks.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(int id, int cityId, CancellationToken cancellationToken)
    {
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        var city = await db.Cities.Include(c => c.Networks).SingleOrDefaultAsync(c => c.Id == cityId, cancellationToken);
        if (network is null || city is null)
        {
            return NotFound();
        }

        city.JoinNetwork(network);
        await db.SaveChangesAsync(cancellationToken);
        this.ShowSuccess(localizer["Networks.MemberAdded", city.NameIn(PortalCultures.Language), network.NameIn(PortalCultures.Language)]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, int cityId, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        var city = await db.Cities.Include(c => c.Networks).SingleOrDefaultAsync(c => c.Id == cityId, cancellationToken);
        if (network is null || city is null)
        {
            return NotFound();
        }

        city.LeaveNetwork(id);
        await db.SaveChangesAsync(cancellationToken);
        this.ShowSuccess(localizer["Networks.MemberRemoved", city.NameIn(PortalCultures.Language), network.NameIn(PortalCultures.Language)]);
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Network network, CancellationToken cancellationToken)
    {
        Id = network.Id;
        CurrentName = network.NameIn(PortalCultures.Language);
        Members = await db.Cities.AsNoTracking()
            .Where(c => c.Networks.Any(n => n.Id == network.Id))
            .OrderBy(c => c.NameIn(PortalCultures.Language)).ThenBy(c => c.Id)
            .Select(c => new MemberView(c.Id, c.NameIn(PortalCultures.Language), c.Region, c.CountryCode, c.IsAssociationMember))
            .ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var memberIds = Members.Select(m => m.Id).ToHashSet();
            Choices = [.. (await choices.SuggestAsync(Search, null, Candidates + memberIds.Count, cancellationToken))
                .Where(c => !memberIds.Contains(c.Id)).Take(Candidates)];
        }
    }

    public sealed record MemberView(int Id, string Name, string? Region, string CountryCode, bool IsAssociationMember);
}
