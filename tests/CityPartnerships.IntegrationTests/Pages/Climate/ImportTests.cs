using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Features.Climate;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Climate;

public sealed class ImportTests(PortalApp app)
{
    private const string ImportPage = "/Admin/Climate/Import";
    private const string Header = "city,country,region,latitude,longitude,period,scenario,annual_mean_temp_c,max_temp_warmest_month_c,min_temp_coldest_month_c,annual_precip_mm,precip_wettest_month_mm,derivation";

    [Fact]
    public async Task A_file_with_bad_rows_is_previewed_with_clear_messages_and_even_a_forced_commit_imports_nothing()
    {
        var client = await AdminAsync();
        var city = await app.InsertCityAsync(country: "FR");
        var atlantis = Unique.Name("Atlantis");
        var csv = $"""
            {Header}
            {city.Name},FR,,,,present,,14.2,29.3,2.7,618,73,
            {city.Name},FR,,,,2050,RCP4.5,16.9,35.2,6.5,595,74,
            {atlantis},FR,,,,present,,14,29,2,600,70,
            {city.Name},FR,,,,2050,,16.9,35.2,6.5,595,74,
            {city.Name},FR,,,,2060,RCP4.5,17,15,6.5,595,74,
            {city.Name},FR,,,,2070,RCP4.5,17,36,6.5,many,74,
            {city.Name},FR,,,,present,,14.2,29.3,2.7,618,73,
            """;

        var preview = await (await UploadAsync(client, "climate.csv", csv, Unique.Name("Source"))).ToDocumentAsync();

        Assert.Contains("7 rows", preview.QuerySelector("[data-testid=preview-summary]")?.TextContent);
        Assert.Contains("2 ready, 5 with problems", preview.QuerySelector("[data-testid=preview-summary]")?.TextContent);
        Assert.Equal(["No city of this name in the portal or the gazetteer."], Errors(preview, 4));
        Assert.Equal(["A projection needs its emission scenario (e.g. RCP4.5)."], Errors(preview, 5));
        Assert.Equal(["The warmest month's maximum is below the annual mean, or the coldest month's minimum above it."], Errors(preview, 6));
        Assert.Equal(["annual_precip_mm is not a number."], Errors(preview, 7));
        Assert.Equal(["Row 2 already has values of this city for this period and scenario."], Errors(preview, 8));
        Assert.Null(preview.QuerySelector("form[action*='handler=Commit']"));

        Assert.Equal(0, await app.WithDbAsync(db => db.CityClimates.CountAsync(c => c.CityId == city.Id)));
    }

    [Fact]
    public async Task A_row_that_went_bad_between_preview_and_commit_stops_the_whole_commit()
    {
        var client = await AdminAsync();
        var kept = await app.InsertCityAsync(country: "FR");
        var removed = await app.InsertCityAsync(country: "FR");
        var (page, payload) = await PayloadOfAsync(client, $"{Header}\n{kept.Name},FR,,,,present,,14.2,29.3,2.7,618,73,\n{removed.Name},FR,,,,present,,14,29,2,600,70,");
        await app.WithDbAsync(db => db.Cities.Where(c => c.Id == removed.Id).ExecuteDeleteAsync());

        var commit = await (await CommitAsync(client, page, payload)).ToDocumentAsync();

        Assert.Contains("Nothing was imported", commit.QuerySelector("[data-testid=commit-problem]")?.TextContent);
        Assert.Equal(["No city of this name in the portal or the gazetteer."], Errors(commit, 3));
        Assert.Equal(0, await app.WithDbAsync(db => db.CityClimates.CountAsync(c => c.CityId == kept.Id)));
    }

    [Fact]
    public async Task A_clean_file_is_imported_whole_with_its_source_and_replaces_older_values_of_the_same_period()
    {
        var client = await AdminAsync();
        var city = await app.InsertCityAsync(country: "FR");
        var source = Unique.Name("CMIP6 derived");
        await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, new ClimateIndicators(10, 20, 0, 500, 50), "Values of a neighbour (10 km away).");
        var csv = $"""
            {Header}
            {city.Name},France,,51.2,6.8,present,,14.2,29.3,2.7,618,73,
            {city.Name},France,,51.2,6.8,2050,SSP2-4.5,"16,9","35,2","6,5",595,74,Scaled from the nearest grid cell
            """;

        var (page, payload) = await PayloadOfAsync(client, csv, source);
        var response = await CommitAsync(client, page, payload);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Climate", response.Headers.Location?.OriginalString);
        var saved = await app.WithDbAsync(db => db.CityClimates.AsNoTracking().Where(c => c.CityId == city.Id).OrderBy(c => c.Period).ToListAsync());
        Assert.Equal(["2050", "present"], saved.Select(c => c.Period));
        Assert.Equal("SSP2-4.5", saved[0].Scenario);
        Assert.Equal(35.2, saved[0].MaxTemperatureWarmestMonth);
        Assert.True(saved[0].IsDerived);
        Assert.Equal(14.2, saved[1].AnnualMeanTemperature);
        Assert.False(saved[1].IsDerived);
        var dataSet = await app.WithDbAsync(db => db.ClimateDataSets.AsNoTracking().SingleAsync(d => d.Name == source));
        Assert.Equal(dataSet.Id, saved[1].DataSetId);
        Assert.Equal(2, dataSet.RowsImported);
        var index = await client.GetDocumentAsync("/Climate?q=" + Uri.EscapeDataString(city.Name));
        Assert.Contains($"2 values of \"{source}\" imported.", index.QuerySelector(".alert-success")?.TextContent);
        Assert.Contains(city.Name, index.QuerySelector("[data-testid=cities-with-climate]")?.TextContent);
    }

    [Fact]
    public async Task Namesakes_are_told_apart_by_the_coordinates_as_in_the_partnership_import()
    {
        var client = await AdminAsync();
        var name = Unique.Name("Springfield");
        var (near, far) = await app.WithDbAsync(async db =>
        {
            var a = new Domain.Cities.City(name, "US", "Illinois", 39.8, -89.65, 114_000);
            var b = new Domain.Cities.City(name, "US", "Missouri", 37.2, -93.29, 169_000);
            db.Cities.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a, b);
        });
        var csv = $"""
            {Header}
            {name},US,,39.8,-89.65,present,,11.9,30.1,-6.8,960,110,
            {name},US,,,,present,,13.5,31.5,-4.1,1140,120,
            """;

        var preview = await (await UploadAsync(client, "climate.csv", csv, Unique.Name("Source"))).ToDocumentAsync();

        Assert.Contains("Illinois", Row(preview, 2).TextContent);
        Assert.Empty(Errors(preview, 2));
        Assert.Equal(["2 places have this name: add the country, region or coordinates."], Errors(preview, 3));
        Assert.NotEqual(near.Id, far.Id);
    }

    [Fact]
    public async Task The_real_bastin_file_is_read_and_every_row_is_either_saved_or_reported_by_name()
    {
        var ljubljana = await app.WithDbAsync(async db =>
        {
            var city = new Domain.Cities.City("Ljubljana", "SI", "Ljubljana", 46.05, 14.51, 280_000);
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });
        var source = new ClimateSourceInput(Unique.Name("Bastin test"), "Bastin J-F et al. (2019) PLoS ONE 14(7): e0217592.", "CC BY 4.0", null);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClimateImport>()
            .CommitAsync(source, Web.Data.DemoData.DemoClimate.ReadBastinFile(), leaveOutUnmatched: true, CancellationToken.None);

        Assert.True(result.Saved);
        Assert.Equal(950, result.Rows.Count);
        var values = await app.WithDbAsync(db => db.CityClimates.AsNoTracking().Where(c => c.CityId == ljubljana.Id).OrderBy(c => c.Period).ToListAsync());
        Assert.Equal([13.3, 9.77], values.Select(v => v.AnnualMeanTemperature));
        Assert.Equal("RCP4.5", values[0].Scenario);
        var dataSet = await app.WithDbAsync(db => db.ClimateDataSets.AsNoTracking().SingleAsync(d => d.Name == source.Name));
        Assert.Equal(475, dataSet.RowsInFile);
        Assert.Equal(475, (dataSet.RowsImported / 2) + dataSet.UnmatchedRows.Count);
        Assert.Contains("3: Belgrade", dataSet.UnmatchedRows);
    }

    [Fact]
    public async Task Staff_and_the_public_cannot_import_climate_data()
    {
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));

        var staffResponse = await staff.GetAsync(ImportPage);
        var publicResponse = await app.CreateClient().GetAsync(ImportPage);

        Assert.StartsWith("/Account/AccessDenied", staffResponse.Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/Login", publicResponse.Headers.Location?.PathAndQueryOrOriginal());
    }

    private async Task<HttpClient> AdminAsync() => await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

    private static IElement Row(IDocument preview, int number) =>
        preview.QuerySelectorAll("[data-testid=climate-preview] tbody tr").First(tr => tr.QuerySelector("td")?.TextContent.Trim() == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static List<string> Errors(IDocument preview, int number) =>
        [.. Row(preview, number).QuerySelectorAll("[data-testid=row-error]").Select(e => e.TextContent.Trim())];

    private static async Task<(IDocument Page, string Value)> PayloadOfAsync(HttpClient client, string csv, string? source = null)
    {
        var preview = await (await UploadAsync(client, "climate.csv", csv, source ?? Unique.Name("Source"))).ToDocumentAsync();
        var payload = preview.QuerySelector("input[name=payload]")?.GetAttribute("value");
        if (payload is null)
        {
            throw new InvalidOperationException("No payload on the preview.");
        }

        return (preview, payload);
    }

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient client, IDocument preview, string payload)
    {
        var token = preview.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
        return await client.PostAsync(ImportPage + "?handler=Commit", new FormUrlEncodedContent(
            [new("payload", payload), new("__RequestVerificationToken", token)]));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string csv, string source)
    {
        var page = await client.GetDocumentAsync(ImportPage);
        var form = page.QuerySelector("form[enctype='multipart/form-data']") as IHtmlFormElement
            ?? throw new InvalidOperationException("No upload form on the import page.");
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        body.Add(new StringContent(source), "Input.Name");
        body.Add(new StringContent("Test citation of " + source), "Input.Citation");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "upload", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body);
    }
}
