using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Cities;

public sealed class InternationalAffairsUnit
{
    public const int NameMaxLength = 200;
    public const decimal MaxStaffFte = 10_000m;
    public const decimal MaxAnnualBudget = 10_000_000_000m;

    private readonly List<ActionArea> _focusAreas = [];

    private InternationalAffairsUnit()
    {
        Name = string.Empty;
    }

    internal InternationalAffairsUnit(City city, string name, UnitKind kind, decimal staffFte, decimal? annualBudget,
        string? contactEmail, bool hasAdoptedInternationalStrategy)
        : this()
    {
        City = city;
        UpdateDetails(name, kind, staffFte, annualBudget, contactEmail, hasAdoptedInternationalStrategy);
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public City? City { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    /// <summary>Staff in full-time equivalents, e.g. 2.5.</summary>
    public decimal StaffFte { get; private set; }

    /// <summary>Annual budget in euros; null when the city has not said.</summary>
    public decimal? AnnualBudgetEur { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>Whether the city council has adopted a strategy for the city's international engagement.</summary>
    public bool HasAdoptedInternationalStrategy { get; private set; }

    /// <summary>The action areas the city has chosen to focus on; projects that fit them rank higher.</summary>
    public IReadOnlyCollection<ActionArea> FocusAreas => _focusAreas.AsReadOnly();

    public uint Version { get; private set; }

    public void SetFocusAreas(IEnumerable<ActionArea> areas)
    {
        _focusAreas.Clear();
        _focusAreas.AddRange(areas.DistinctBy(a => a.Id == 0 ? (object)a : a.Id));
    }

    /// <summary>Forgets the unit's contact address at the request of the person it names (GDPR Art. 17).</summary>
    public void EraseContactEmail() => ContactEmail = null;

    public void UpdateDetails(string name, UnitKind kind, decimal staffFte, decimal? annualBudget, string? contactEmail,
        bool hasAdoptedInternationalStrategy)
    {
        // Every check comes before the first assignment, so a refused update leaves the unit as it was.
        var validName = Guard.RequiredText(name, NameMaxLength, ErrorCodes.Unit.Name, nameof(name));
        Guard.Defined(kind, ErrorCodes.Unit.KindUnknown, nameof(kind));

        if (staffFte is < 0 or > MaxStaffFte)
        {
            throw new DomainException(ErrorCodes.Unit.StaffFteOutOfRange, $"Staff must be between 0 and {MaxStaffFte} FTE.", nameof(staffFte));
        }

        if (annualBudget is < 0 or > MaxAnnualBudget)
        {
            throw new DomainException(ErrorCodes.Unit.AnnualBudgetOutOfRange, $"The annual budget must be between 0 and {MaxAnnualBudget}.", nameof(annualBudget));
        }

        var email = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim();
        if (email is not null && !EmailAddress.IsValid(email))
        {
            throw new DomainException(ErrorCodes.Unit.ContactEmailInvalid, $"'{email}' is not a valid e-mail address.", nameof(contactEmail));
        }

        Name = validName;
        Kind = kind;
        StaffFte = staffFte;
        AnnualBudgetEur = annualBudget;
        ContactEmail = email;
        HasAdoptedInternationalStrategy = hasAdoptedInternationalStrategy;
    }
}
