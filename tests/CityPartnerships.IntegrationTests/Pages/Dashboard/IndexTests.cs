using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Dashboard;

public sealed class IndexTests(PortalApp app)
{
    [Fact]
    public async Task Mayors_office_sees_its_own_citys_figures()
    {
        var own = await app.InsertCityAsync();
        var french = await app.InsertCityAsync(country: "FR");
        var zambian = await app.InsertCityAsync(country: "ZM");
        var elsewhere = await app.InsertCityAsync(country: "IT");
        await app.WithDbAsync(async db =>
        {
            var climate = db.ActionAreas.Single(a => a.Name == "Climate action and environmental protection");
            var climateTwin = new Partnership(own.Id, french.Id, PartnershipKind.ProjectPartnership, PartnershipStatus.Active, null, null, null, DateTime.UtcNow);
            climateTwin.SetActionAreas([climate]);
            db.Partnerships.AddRange(
                climateTwin,
                new Partnership(zambian.Id, own.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow),
                new Partnership(own.Id, elsewhere.Id, PartnershipKind.Twinning, PartnershipStatus.Dormant, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var mayor = await app.CreateUserAsync(Roles.MayorsOffice, own.Id);
        var client = await app.SignedInClientAsync(mayor);

        var page = await client.GetDocumentAsync("/Dashboard");

        var figures = page.QuerySelectorAll(".figure-card").ToDictionary(
            f => f.QuerySelector(".figure-label")!.TextContent.Trim(),
            f => f.QuerySelector(".figure-value")!.TextContent.Trim());
        Assert.Equal("2", figures["Active partnerships"]);
        Assert.Equal("2", figures["Partner countries"]);
        Assert.Equal("3", figures["Not confirmed for 12 months"]);
        Assert.Contains("Climate action and environmental protection", page.Body!.TextContent);
        Assert.Contains(own.Name, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Dashboard_is_read_only()
    {
        var mayor = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(mayor);

        var page = await client.GetDocumentAsync("/Dashboard");

        // The only forms are the language switch and sign-out.
        Assert.All(page.QuerySelectorAll("main form"), form => Assert.Fail($"Unexpected form posting to {form.GetAttribute("action")}"));
    }
}
