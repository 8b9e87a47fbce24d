using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Climate;

/// <summary>
/// A partnership the two cities entered as climate twins: the future climate of one is expected to resemble the
/// present climate of the other (Düsseldorf by the end of the century and today's Toulouse), as a source says.
/// </summary>
public sealed class ClimateTwinning
{
    public const int HorizonMaxLength = 60;
    public const int SourceMaxLength = 500;

    private ClimateTwinning()
    {
        Horizon = string.Empty;
        Source = string.Empty;
    }

    public ClimateTwinning(int partnershipId, int futureCityId, int analogueCityId, string horizon, string source)
        : this()
    {
        if (futureCityId == analogueCityId)
        {
            throw new DomainException(ErrorCodes.Climate.TwinOfItself, "A city is not its own climate twin.", nameof(analogueCityId));
        }

        PartnershipId = partnershipId;
        FutureCityId = futureCityId;
        AnalogueCityId = analogueCityId;
        Horizon = Guard.RequiredText(horizon, HorizonMaxLength, ErrorCodes.Climate.Horizon, nameof(horizon));
        Source = Guard.RequiredText(source, SourceMaxLength, ErrorCodes.Climate.Source, nameof(source));
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    /// <summary>The city whose future climate is meant.</summary>
    public int FutureCityId { get; private set; }

    /// <summary>The city whose present climate it is expected to resemble.</summary>
    public int AnalogueCityId { get; private set; }

    /// <summary>The time the source speaks of, in its words ("end of the century").</summary>
    public string Horizon { get; private set; }

    public string Source { get; private set; }
}
