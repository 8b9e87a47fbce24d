using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Networks;

/// <summary>A network of cities, such as Eurocities or ICLEI.</summary>
public sealed class Network
{
    public const int NameMaxLength = 200;
    public const int AcronymMaxLength = 30;

    private Network()
    {
        Name = string.Empty;
    }

    public Network(string name, string? acronym = null)
        : this()
    {
        Name = Guard.RequiredText(name, NameMaxLength, ErrorCodes.Network.Name, nameof(name));
        Acronym = Guard.OptionalText(acronym, AcronymMaxLength, ErrorCodes.Network.Acronym, nameof(acronym));
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Acronym { get; private set; }

    public string DisplayName => Acronym is null || Acronym == Name ? Name : $"{Name} ({Acronym})";
}
