namespace CityPartnerships.Domain.Cities;

/// <summary>
/// Another name of a city, as people write it in one language ("Warschau" in German for Warsaw). Comes from the
/// gazetteer; searches and imports find a city by any of its names.
/// </summary>
public sealed class CityName
{
    public const int LanguageMaxLength = 10;

    private CityName()
    {
        Language = string.Empty;
        Name = string.Empty;
    }

    public CityName(int cityId, string language, string name)
    {
        CityId = cityId;
        Language = language;
        Name = name;
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    /// <summary>The language's code as GeoNames writes it ("de", "pt_BR").</summary>
    public string Language { get; private set; }

    public string Name { get; private set; }
}
