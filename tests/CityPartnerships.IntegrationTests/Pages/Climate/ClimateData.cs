using CityPartnerships.Domain.Climate;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Pages.Climate;

internal static class ClimateData
{
    /// <summary>Saves a city's values for a period under a data set of its own (created once per test name).</summary>
    public static Task InsertClimateAsync(this PortalApp app, int cityId, ClimatePeriod period, ClimateIndicators values, string? derivation = null) =>
        app.WithDbAsync(async db =>
        {
            var dataSet = new ClimateDataSet(Unique.Name("Test data"), "Test citation, 2026.", "CC BY 4.0", null, DateTime.UtcNow);
            db.ClimateDataSets.Add(dataSet);
            await db.SaveChangesAsync();
            db.CityClimates.Add(new CityClimate(cityId, period, values, dataSet.Id, derivation));
            await db.SaveChangesAsync();
            return 0;
        });
}
