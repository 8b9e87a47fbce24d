using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using Npgsql;

namespace CityPartnerships.Web.Pages.MyCity;

/// <summary>Staff keep their own city's international affairs unit up to date: kind, staff, budget, strategy, focus, networks.</summary>
public sealed class UnitModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public string CityName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> NetworkOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var city = await LoadCityAsync(cancellationToken);
        if (city.InternationalAffairsUnit is { } unit)
        {
            Input = new UnitInput
            {
                Name = unit.Name,
                Kind = unit.Kind,
                StaffFte = unit.StaffFte,
                AnnualBudgetEur = unit.AnnualBudgetEur,
                ContactEmail = unit.ContactEmail,
                HasAdoptedInternationalStrategy = unit.HasAdoptedInternationalStrategy,
                FocusAreaIds = [.. unit.FocusAreas.Select(a => a.Id)],
                Version = unit.Version,
            };
        }

        Input.NetworkIds = [.. city.Networks.Select(n => n.Id)];
        await LoadOptionsAsync(city, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var city = await LoadCityAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                if (city.InternationalAffairsUnit is { } existing)
                {
                    db.Entry(existing).Property(u => u.Version).OriginalValue = Input.Version;
                }

                var unit = city.SetUpInternationalAffairsUnit(Input.Name, Input.Kind, Input.StaffFte ?? 0, Input.AnnualBudgetEur,
                    Input.ContactEmail, Input.HasAdoptedInternationalStrategy);
                unit.SetFocusAreas(await db.ActionAreas.Where(a => Input.FocusAreaIds.Contains(a.Id)).ToListAsync(cancellationToken));
                city.SetNetworks(await db.Networks.Where(n => Input.NetworkIds.Contains(n.Id)).ToListAsync(cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                this.ShowSuccess(localizer["Unit.Saved"]);
                return RedirectToPage(PagePaths.MyCity);
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateException error) when (error is DbUpdateConcurrencyException
                || error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Someone else saved the unit (or set it up, when the city had none) while this user was editing.
                ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                Input.Version = await db.InternationalAffairsUnits.AsNoTracking().Where(u => u.CityId == city.Id)
                    .Select(u => u.Version).SingleOrDefaultAsync(cancellationToken);
            }
        }

        await LoadOptionsAsync(city, cancellationToken);
        return Page();
    }

    private Task<City> LoadCityAsync(CancellationToken cancellationToken)
    {
        var cityId = User.GetCityId()!.Value;
        return db.Cities
            .Include(c => c.InternationalAffairsUnit!).ThenInclude(u => u.FocusAreas)
            .Include(c => c.Networks)
            .SingleAsync(c => c.Id == cityId, cancellationToken);
    }

    private async Task LoadOptionsAsync(City city, CancellationToken cancellationToken)
    {
        CityName = city.Name;
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
        NetworkOptions = NetworkNames.Options(await db.Networks.AsNoTracking().ToListAsync(cancellationToken));
    }

    public sealed class UnitInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(InternationalAffairsUnit.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Unit.Name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Unit.Kind")]
        public UnitKind Kind { get; set; } = UnitKind.Office;

        [Required(ErrorMessage = "Validation.Required")]
        [Range(0.0, 10_000.0, ErrorMessage = "Validation.Range")]
        [Display(Name = "Unit.StaffField")]
        public decimal? StaffFte { get; set; }

        [Range(0.0, 10_000_000_000.0, ErrorMessage = "Validation.Range")]
        [Display(Name = "Unit.BudgetField")]
        public decimal? AnnualBudgetEur { get; set; }

        [System.ComponentModel.DataAnnotations.EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Unit.ContactEmail")]
        public string? ContactEmail { get; set; }

        [Display(Name = "Unit.Strategy")]
        public bool HasAdoptedInternationalStrategy { get; set; }

        public List<int> FocusAreaIds { get; set; } = [];

        public List<int> NetworkIds { get; set; } = [];

        public uint Version { get; set; }
    }
}
