using System.Linq.Expressions;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Networks;

namespace CityPartnerships.Domain.Cities;

public sealed class City
{
    public const int NameMaxLength = 120;
    public const int RegionMaxLength = 120;
    public const int MaxPopulation = 100_000_000;

    /// <summary>
    /// The rule of <see cref="NameIn(string)"/> as an expression, so that queries can translate it to SQL (the Web
    /// project replaces every <c>NameIn</c> call in a query by it) and sort and filter by the name shown. A member
    /// city's name in the register is the association's own, German one ("Frankfurt am Main", not the gazetteer's
    /// "Frankfurt"), so it is kept.
    /// </summary>
    public static readonly Expression<Func<City, string, string>> NameInLanguage =
        (city, language) => language == "de" && city.GermanName != null && !city.IsAssociationMember ? city.GermanName : city.Name;

    private static readonly Func<City, string, string> _nameInLanguage = NameInLanguage.Compile();

    private readonly List<Network> _networks = [];

    private City()
    {
        Name = string.Empty;
        CountryCode = string.Empty;
    }

    public City(string name, string countryCode, string? region = null, double? latitude = null, double? longitude = null,
        int? population = null, bool isAssociationMember = false)
        : this()
    {
        UpdateDetails(name, countryCode, region, latitude, longitude, population, isAssociationMember);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>
    /// How German speakers write the city's name ("Warschau" for Warsaw), from the gazetteer, when it differs from
    /// <see cref="Name"/>; null when the gazetteer has no German name or it is the city's own.
    /// </summary>
    public string? GermanName { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string CountryCode { get; private set; }

    public string? Region { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public int? Population { get; private set; }

    public bool IsAssociationMember { get; private set; }

    /// <summary>The place's id in the GeoNames gazetteer, when the city came from it or was matched to it.</summary>
    public int? GeoNameId { get; private set; }

    /// <summary>Derived from the country (see <see cref="GlobalSouth"/>); stored so lists can filter by it.</summary>
    public bool IsInGlobalSouth { get; private set; }

    public InternationalAffairsUnit? InternationalAffairsUnit { get; private set; }

    /// <summary>The city networks the city belongs to (CEMR, Eurocities, ICLEI, …).</summary>
    public IReadOnlyCollection<Network> Networks => _networks.AsReadOnly();

    public uint Version { get; private set; }

    public void UpdateDetails(string name, string countryCode, string? region, double? latitude, double? longitude,
        int? population, bool isAssociationMember)
    {
        // Every check comes before the first assignment, so a refused update leaves the city as it was.
        var validName = Guard.PlainText(Guard.RequiredText(name, NameMaxLength, ErrorCodes.City.Name, nameof(name)),
            ErrorCodes.City.NameCharacters, nameof(name))!;
        var validCountryCode = Cities.CountryCode.Normalize(countryCode)
            ?? throw new DomainException(ErrorCodes.City.CountryCodeUnknown, $"'{countryCode}' is not an ISO 3166 country code.", nameof(countryCode));
        var validRegion = Guard.PlainText(Guard.OptionalText(region, RegionMaxLength, ErrorCodes.City.Region, nameof(region)),
            ErrorCodes.City.RegionCharacters, nameof(region));

        if (latitude.HasValue != longitude.HasValue)
        {
            throw new DomainException(ErrorCodes.City.CoordinatesIncomplete, "Give both latitude and longitude, or neither.", nameof(latitude));
        }

        if (latitude is < -90 or > 90 || double.IsNaN(latitude ?? 0))
        {
            throw new DomainException(ErrorCodes.City.LatitudeOutOfRange, "Latitude must be between -90 and 90.", nameof(latitude));
        }

        if (longitude is < -180 or > 180 || double.IsNaN(longitude ?? 0))
        {
            throw new DomainException(ErrorCodes.City.LongitudeOutOfRange, "Longitude must be between -180 and 180.", nameof(longitude));
        }

        if (population is < 0 or > MaxPopulation)
        {
            throw new DomainException(ErrorCodes.City.PopulationOutOfRange, $"Population must be between 0 and {MaxPopulation}.", nameof(population));
        }

        Name = validName;
        CountryCode = validCountryCode;
        IsInGlobalSouth = GlobalSouth.Includes(validCountryCode);
        Region = validRegion;
        Latitude = latitude;
        Longitude = longitude;
        Population = population;
        IsAssociationMember = isAssociationMember;
    }

    /// <summary>The name shown to a reader of <paramref name="language"/> ("de", "en"): "Warschau" in German, "Warsaw" in English.</summary>
    public string NameIn(string language) => _nameInLanguage(this, language);

    /// <summary>Sets the gazetteer's German name; one equal to the city's own name, or blank, is no other name.</summary>
    public void NameInGerman(string? germanName)
    {
        var valid = string.IsNullOrWhiteSpace(germanName)
            ? null
            : Guard.PlainText(Guard.RequiredText(germanName, NameMaxLength, ErrorCodes.City.Name, nameof(germanName)),
                ErrorCodes.City.NameCharacters, nameof(germanName));
        GermanName = valid == Name ? null : valid;
    }

    public void LinkToGazetteer(int geoNameId)
    {
        if (geoNameId <= 0)
        {
            throw new DomainException(ErrorCodes.City.GeoNameIdInvalid, "A GeoNames id is a positive number.", nameof(geoNameId));
        }

        GeoNameId = geoNameId;
    }

    /// <summary>Added by a user rather than taken from the gazetteer: such a city may be corrected, merged or removed.</summary>
    public bool IsAddedByHand => GeoNameId is null;

    public void MarkAssociationMember(bool isMember) => IsAssociationMember = isMember;

    public void JoinNetwork(Network network)
    {
        if (!_networks.Any(n => ReferenceEquals(n, network) || (n.Id != 0 && n.Id == network.Id)))
        {
            _networks.Add(network);
        }
    }

    public void LeaveNetwork(int networkId) => _networks.RemoveAll(n => n.Id == networkId);

    public void SetNetworks(IEnumerable<Network> networks)
    {
        _networks.Clear();
        _networks.AddRange(networks.DistinctBy(n => n.Id == 0 ? (object)n : n.Id));
    }

    /// <summary>Sets up the city's international affairs unit, or replaces the details of the existing one.</summary>
    public InternationalAffairsUnit SetUpInternationalAffairsUnit(string name, UnitKind kind, decimal staffFte,
        decimal? annualBudget, string? contactEmail, bool hasAdoptedInternationalStrategy)
    {
        if (InternationalAffairsUnit is null)
        {
            InternationalAffairsUnit = new InternationalAffairsUnit(this, name, kind, staffFte, annualBudget, contactEmail,
                hasAdoptedInternationalStrategy);
        }
        else
        {
            InternationalAffairsUnit.UpdateDetails(name, kind, staffFte, annualBudget, contactEmail, hasAdoptedInternationalStrategy);
        }

        return InternationalAffairsUnit;
    }
}
