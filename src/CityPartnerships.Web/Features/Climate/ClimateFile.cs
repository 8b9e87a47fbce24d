using System.Globalization;
using System.Text.RegularExpressions;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.Web.Features.Climate;

/// <summary>One set of values of the file: a city, a period and scenario, the five indicators, as written.</summary>
public sealed record ClimateRow(int Number, string City, string Country, string Region, string Latitude, string Longitude,
    string Period, string Scenario, IReadOnlyList<string> Values, string Derivation);

/// <summary>
/// Reads a climate CSV in one of two shapes (docs/climate-twins.md): "long", one row per city, period and scenario
/// with the columns of <see cref="LongHeader"/>; or "wide" as published with Bastin et al. 2019, one row per city with
/// columns <c>current_…</c> for today and <c>rcp45_2050_…</c> for a projection, which becomes one row per period.
/// </summary>
public static partial class ClimateFile
{
    public const int MaxRows = 20_000;

    public static IReadOnlyList<string> IndicatorColumns { get; } =
        ["annual_mean_temp_c", "max_temp_warmest_month_c", "min_temp_coldest_month_c", "annual_precip_mm", "precip_wettest_month_mm"];

    public static IReadOnlyList<string> LongHeader { get; } =
        ["city", "country", "region", "latitude", "longitude", "period", "scenario", .. IndicatorColumns, "derivation"];

    /// <summary>The rows of the file; a header without a city column or without all five indicators is refused.</summary>
    /// <exception cref="ClimateFileException">The header lacks a column the file needs.</exception>
    public static IReadOnlyList<ClimateRow> Parse(IReadOnlyList<SheetRow> sheet)
    {
        if (sheet.Count == 0)
        {
            throw new ClimateFileException("ClimateImport.Problem.Empty");
        }

        var header = sheet[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        if (Column("city") < 0)
        {
            throw new ClimateFileException("ClimateImport.Problem.NoCityColumn");
        }

        // Wide: a prefix per period ("current_", "rcp45_2050_") in front of every indicator column.
        var periods = header
            .Select(h => IndicatorColumns.FirstOrDefault(i => h.EndsWith("_" + i, StringComparison.Ordinal)) is { } indicator ? h[..^(indicator.Length + 1)] : null)
            .OfType<string>()
            .Distinct()
            .Where(prefix => IndicatorColumns.All(i => header.Contains(prefix + "_" + i)))
            .ToList();
        var isWide = periods.Count > 0 && Column("period") < 0;
        if (!isWide && IndicatorColumns.Any(i => Column(i) < 0))
        {
            throw new ClimateFileException("ClimateImport.Problem.MissingIndicators", string.Join(", ", IndicatorColumns.Where(i => Column(i) < 0)));
        }

        string Cell(SheetRow row, int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;
        var rows = new List<ClimateRow>();
        foreach (var row in sheet.Skip(1))
        {
            string Named(string name) => Cell(row, Column(name));
            if (isWide)
            {
                foreach (var prefix in periods)
                {
                    var (period, scenario) = PeriodOfPrefix(prefix);
                    rows.Add(new ClimateRow(row.Number, Named("city"), Named("country"), Named("region"), Named("latitude"), Named("longitude"),
                        period, scenario, [.. IndicatorColumns.Select(i => Named(prefix + "_" + i))], Named("derivation")));
                }
            }
            else
            {
                rows.Add(new ClimateRow(row.Number, Named("city"), Named("country"), Named("region"), Named("latitude"), Named("longitude"),
                    Named("period"), Named("scenario"), [.. IndicatorColumns.Select(Named)], Named("derivation")));
            }
        }

        return rows;
    }

    /// <summary>"current" is today; "rcp45_2050" is 2050 under RCP4.5, "ssp245_2070" 2070 under SSP2-4.5.</summary>
    public static (string Period, string Scenario) PeriodOfPrefix(string prefix)
    {
        if (prefix is "current" or "present" or "today")
        {
            return (ClimatePeriod.Present, ClimatePeriod.Observed);
        }

        var match = ScenarioPrefix().Match(prefix);
        if (!match.Success)
        {
            return (prefix, string.Empty);
        }

        var digits = match.Groups["digits"].Value;
        var scenario = match.Groups["family"].Value == "rcp"
            ? $"RCP{digits[0]}.{digits[1..]}"
            : $"SSP{digits[0]}-{digits[1]}.{digits[2..]}";
        return (match.Groups["year"].Value, scenario);
    }

    /// <summary>A number as written in English or German spreadsheets ("12.5" or "12,5"); null when it is none.</summary>
    public static double? ReadNumber(string text) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    [GeneratedRegex("^(?<family>rcp|ssp)(?<digits>[0-9]{2,3})_(?<year>[0-9]{4})$")]
    private static partial Regex ScenarioPrefix();
}

/// <summary>Why a file cannot be read as climate data at all; <see cref="Key"/> is the resource key of the message.</summary>
public sealed class ClimateFileException(string key, string? detail = null) : Exception(key)
{
    public string Key { get; } = key;

    public string? Detail { get; } = detail;
}
