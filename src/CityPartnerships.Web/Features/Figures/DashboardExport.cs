namespace CityPartnerships.Web.Features.Figures;

/// <summary>A dashboard's figures as CSV lines (section, item, value), in the reader's language, from the same read as the page.</summary>
public static class DashboardExport
{
    public static IEnumerable<IReadOnlyList<object?>> CityRows(CityDashboard figures, IStringLocalizer localizer)
    {
        string L(string key) => localizer[key].Value;
        var key = L("Dashboard.KeyFigures");
        yield return [key, L("Dashboard.Period"), $"{figures.Period.From}–{figures.Period.To}"];
        yield return [key, L("Dashboard.ActivePartnerships"), figures.ActivePartnerships];
        yield return [key, L("Dashboard.DormantPartnerships"), figures.DormantPartnerships];
        yield return [key, L("Dashboard.NewInPeriod"), figures.NewInPeriod];
        yield return [key, localizer["Dashboard.NewInYear", figures.Today.Year].Value, figures.NewThisYear];
        yield return [key, L("Dashboard.PartnerCountries"), figures.PartnerCountries.Count];
        yield return [key, L("Dashboard.GlobalSouth"), figures.GlobalSouthPartnerships];
        yield return [key, L("Dashboard.DueForVerification"), figures.DueForVerification];
        yield return [key, L("Dashboard.PublishedBestPractices"), figures.PublishedBestPractices];

        foreach (var count in figures.ByKind)
        {
            yield return [L("Dashboard.ByKind"), L($"PartnershipKind.{count.Code}"), count.Value];
        }

        foreach (var count in figures.ByStatus)
        {
            yield return [L("Dashboard.ByStatus"), L($"PartnershipStatus.{count.Code}"), count.Value];
        }

        foreach (var region in figures.PartnerRegions)
        {
            yield return [L("Dashboard.ByWorldRegion"), L($"WorldRegion.{region.Code}"), region.Value];
        }

        foreach (var country in figures.PartnerCountriesByName())
        {
            yield return [L("Dashboard.ByCountry"), CountryNames.Display(country.CountryCode), country.Value];
        }

        foreach (var area in figures.ByActionArea)
        {
            yield return [L("Dashboard.ByActionArea"), area.NameIn(ActionAreaNames.Language), area.Value];
        }

        foreach (var year in figures.ActivitiesPerYear)
        {
            var section = localizer["Dashboard.Year", year.Year].Value;
            yield return [section, L("Dashboard.Activities"), year.Activities];
            yield return [section, L("Dashboard.DelegationsHosted"), year.DelegationsHosted];
            yield return [section, L("Dashboard.DelegationsSent"), year.DelegationsSent];
        }

        foreach (var count in figures.ProjectsByStatus)
        {
            yield return [L("Dashboard.ProjectsByStatus"), L($"ProjectStatus.{count.Code}"), count.Value];
        }

        foreach (var funder in figures.Funding)
        {
            var name = $"{funder.Funder ?? L("Dashboard.FunderUnknown")} ({funder.Currency})";
            yield return [L("Dashboard.FundingApplied"), name, funder.Applied];
            yield return [L("Dashboard.FundingApproved"), name, funder.Approved];
        }
    }

    public static IEnumerable<IReadOnlyList<object?>> AssociationRows(AssociationDashboard figures, IStringLocalizer localizer)
    {
        string L(string key) => localizer[key].Value;
        var key = L("Dashboard.KeyFigures");
        yield return [key, L("Dashboard.Period"), $"{figures.Period.From}–{figures.Period.To}"];
        yield return [key, L("Admin.MemberCities"), figures.MemberCities];
        yield return [key, L("Admin.CitiesWithPartnerships"), figures.CitiesWithPartnerships];
        yield return [key, L("Dashboard.ActivePartnerships"), figures.ActivePartnerships];
        yield return [key, L("Dashboard.DormantPartnerships"), figures.DormantPartnerships];
        yield return [key, L("Dashboard.NewInPeriod"), figures.NewInPeriod];
        yield return [key, localizer["Dashboard.NewInYear", figures.Today.Year].Value, figures.NewThisYear];
        yield return [key, L("Dashboard.GlobalSouth"), figures.GlobalSouthPartnerships];
        yield return [key, L("Dashboard.DueForVerification"), figures.DueForVerification];
        yield return [key, L("Admin.UnitsWithStrategy"), figures.UnitsWithStrategy];

        foreach (var count in figures.ByKind)
        {
            yield return [L("Admin.ActiveByKind"), L($"PartnershipKind.{count.Code}"), count.Value];
        }

        foreach (var count in figures.ByStatus)
        {
            yield return [L("Dashboard.ByStatus"), L($"PartnershipStatus.{count.Code}"), count.Value];
        }

        foreach (var region in figures.ByWorldRegion)
        {
            yield return [L("Admin.ByWorldRegion"), L($"WorldRegion.{region.Code}"), region.Value];
        }

        foreach (var area in figures.ByActionArea)
        {
            var name = area.NameIn(ActionAreaNames.Language);
            yield return [L("Dashboard.ByActionArea"), name, area.ActivePartnerships];
            yield return [L("Admin.MemberCitiesInArea"), name, area.MemberCities];
            yield return [L("Admin.PracticesPerArea"), name, area.PublishedBestPractices];
        }

        foreach (var year in figures.Growth)
        {
            var section = localizer["Dashboard.Year", year.Year].Value;
            yield return [section, L("Admin.StartedInYear"), year.Started];
            yield return [section, L("Admin.StartedSoFar"), year.Total];
        }

        foreach (var year in figures.ActivitiesPerYear)
        {
            var section = localizer["Dashboard.Year", year.Year].Value;
            yield return [section, L("Dashboard.Activities"), year.Activities];
            yield return [section, L("Admin.IncomingDelegations"), year.DelegationsHosted];
            yield return [section, L("Admin.OutgoingDelegations"), year.DelegationsSent];
        }

        foreach (var member in figures.MostEngaged)
        {
            yield return [L("Admin.Ranking"), member.Name, member.Score];
        }

        foreach (var member in figures.Stalest)
        {
            yield return [L("Admin.Stale"), member.Name, member.DueForVerification];
        }
    }
}
