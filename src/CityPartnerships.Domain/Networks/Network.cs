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
        Rename(name, acronym);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Acronym { get; private set; }

    public void Rename(string name, string? acronym)
    {
        var validName = Guard.PlainText(Guard.RequiredText(name, NameMaxLength, ErrorCodes.Network.Name, nameof(name)),
            ErrorCodes.Network.NameCharacters, nameof(name))!;
        var validAcronym = Guard.PlainText(Guard.OptionalText(acronym, AcronymMaxLength, ErrorCodes.Network.Acronym, nameof(acronym)),
            ErrorCodes.Network.AcronymCharacters, nameof(acronym));
        Name = validName;
        Acronym = validAcronym;
    }

    public string DisplayName => Acronym is null || Acronym == Name ? Name : $"{Name} ({Acronym})";
}
