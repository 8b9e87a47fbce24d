using System.Globalization;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Climate;

/// <summary>
/// When and under which scenario: <see cref="Present"/> with <see cref="Observed"/> for today's climate (a recent
/// climatology), or a year such as "2050" with an emission scenario such as "RCP4.5" or "SSP2-4.5" for a projection.
/// </summary>
public sealed record ClimatePeriod
{
    public const string Present = "present";
    public const string Observed = "observed";
    public const int PeriodMaxLength = 16;
    public const int ScenarioMaxLength = 32;
    public const int FirstYear = 2021;
    public const int LastYear = 2200;

    private ClimatePeriod(string period, string scenario)
    {
        Period = period;
        Scenario = scenario;
    }

    public static ClimatePeriod Today { get; } = new(Present, Observed);

    public string Period { get; }

    public string Scenario { get; }

    public bool IsPresent => Period == Present;

    /// <summary>Reads "present" (scenario empty or "observed"), or a year with a scenario; case and spaces do not matter.</summary>
    public static ClimatePeriod Parse(string? period, string? scenario)
    {
        var cleanPeriod = (period ?? string.Empty).Trim().ToLowerInvariant();
        var cleanScenario = (scenario ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (cleanPeriod is Present or "today" or "heute")
        {
            return cleanScenario is "" or "OBSERVED"
                ? Today
                : throw new DomainException(ErrorCodes.Climate.ScenarioForPresent, "Today's climate has no emission scenario.", nameof(scenario));
        }

        if (!int.TryParse(cleanPeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
        {
            throw new DomainException(ErrorCodes.Climate.PeriodInvalid, $"'{period}' is neither 'present' nor a year {FirstYear}–{LastYear}.", nameof(period));
        }

        if (cleanScenario.Length == 0)
        {
            throw new DomainException(ErrorCodes.Climate.ScenarioRequired, "A projection needs its emission scenario.", nameof(scenario));
        }

        if (cleanScenario.Length > ScenarioMaxLength || cleanScenario == "OBSERVED")
        {
            throw new DomainException(ErrorCodes.Climate.ScenarioInvalid, $"'{scenario}' is not a scenario name.", nameof(scenario));
        }

        return new ClimatePeriod(year.ToString(CultureInfo.InvariantCulture), cleanScenario);
    }

    public static ClimatePeriod Projection(int year, string scenario) => Parse(year.ToString(CultureInfo.InvariantCulture), scenario);

    public override string ToString() => IsPresent ? Present : $"{Period} {Scenario}";
}
