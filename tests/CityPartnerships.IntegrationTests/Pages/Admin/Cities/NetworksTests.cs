using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Admin.Cities;

public sealed class NetworksTests(PortalApp app)
{
    [Fact]
    public async Task An_admin_creates_a_network_adds_and_removes_a_member_renames_and_deletes_it_and_the_histories_show_it()
    {
        var city = await app.InsertCityAsync();
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(adminUser);
        var name = Unique.Name("Climate Alliance");

        var created = await admin.SubmitFormAsync("/Admin/Networks", new() { ["Input.Name"] = name, ["Input.Acronym"] = "CA" });
        var networkId = await app.WithDbAsync(db => db.Networks.Where(n => n.Name == name).Select(n => n.Id).SingleAsync());
        Assert.Equal($"/Admin/Networks/Edit/{networkId}", created.Headers.Location?.OriginalString);

        var added = await admin.SubmitFormAsync($"/Admin/Networks/Edit/{networkId}?q={city.Name}", [], "[data-testid=member-candidates] form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var edit = await admin.GetDocumentAsync($"/Admin/Networks/Edit/{networkId}");
        Assert.Contains(city.Name, Assert.Single(edit.QuerySelectorAll("[data-testid=network-members] tbody tr")).TextContent);
        var cityPage = await admin.GetDocumentAsync($"/Admin/Cities/Edit/{city.Id}");
        Assert.Contains($"City networks: – → {name}", cityPage.QuerySelector("[data-testid=history]")!.TextContent);
        Assert.Contains(name, cityPage.QuerySelector("#networks-heading")!.ParentElement!.TextContent);

        await admin.SubmitFormAsync($"/Admin/Networks/Edit/{networkId}", [], "[data-testid=network-members] form");
        var renamed = await admin.SubmitFormAsync($"/Admin/Networks/Edit/{networkId}", new() { ["Input.Name"] = name + " e.V." }, "[data-testid=network-form]");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var history = (await admin.GetDocumentAsync($"/Admin/Networks/Edit/{networkId}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains(adminUser.DisplayName, history);
        Assert.Contains($"Name: {name} → {name} e.V.", history);
        Assert.Empty(await app.WithDbAsync(db => db.Cities.Where(c => c.Id == city.Id).SelectMany(c => c.Networks).ToListAsync()));

        var deleted = await admin.SubmitFormAsync($"/Admin/Networks/Delete/{networkId}", []);
        Assert.Equal("/Admin/Networks", deleted.Headers.Location?.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Networks.AnyAsync(n => n.Id == networkId)));
    }

    [Fact]
    public async Task A_network_name_with_a_formula_start_or_twice_the_same_name_is_refused()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), "de");
        var existing = await app.WithDbAsync(db => db.Networks.Select(n => n.Name).FirstAsync());

        var formula = await (await admin.SubmitFormAsync("/Admin/Networks", new() { ["Input.Name"] = "=cmd|'/C calc'!A0" })).ToDocumentAsync();
        var twice = await (await admin.SubmitFormAsync("/Admin/Networks", new() { ["Input.Name"] = existing })).ToDocumentAsync();

        Assert.Contains("Der Name darf nicht mit =, +, - oder @ beginnen", formula.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.Contains("Ein Netzwerk mit diesem Namen gibt es bereits.", twice.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Networks.AnyAsync(n => n.Name.StartsWith("=cmd"))));
    }

    [Fact]
    public async Task A_network_given_its_german_name_is_offered_by_it_in_german_and_by_its_own_in_english()
    {
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(adminUser);
        var german = await app.SignedInClientAsync(adminUser, "de-DE");
        var name = Unique.Name("Alliance of Coastal Cities");
        var germanName = Unique.Name("Bündnis der Küstenstädte");
        var before = await admin.GetDocumentAsync("/Partnerships");

        var created = await admin.SubmitFormAsync("/Admin/Networks", new()
        {
            ["Input.Name"] = name,
            ["Input.Acronym"] = "ACC",
            ["Input.GermanName"] = germanName,
            ["Input.GermanAcronym"] = "BKS",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var english = (await admin.GetDocumentAsync("/Partnerships")).QuerySelectorAll("#network option").Select(o => o.TextContent).ToList();
        var inGerman = (await german.GetDocumentAsync("/Partnerships")).QuerySelectorAll("#network option").Select(o => o.TextContent).ToList();
        Assert.DoesNotContain(before.QuerySelectorAll("#network option"), o => o.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains($"{name} (ACC)", english);
        Assert.Contains($"{germanName} (BKS)", inGerman);
        Assert.DoesNotContain(inGerman, o => o.Contains(name, StringComparison.Ordinal));
        Assert.Contains("Klima-Bündnis", inGerman);
        Assert.Contains("Rat der Gemeinden und Regionen Europas (RGRE)", inGerman);
        var networkId = await app.WithDbAsync(db => db.Networks.Where(n => n.Name == name).Select(n => n.Id).SingleAsync());
        var edit = await german.GetDocumentAsync($"/Admin/Networks/Edit/{networkId}");
        Assert.Equal(germanName, edit.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("BKS", edit.QuerySelector("#Input_GermanAcronym")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Two_clicks_on_create_make_one_network_and_the_second_says_it_exists()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var name = Unique.Name("Double click network");
        var filled = await admin.LoadFormAsync("/Admin/Networks", new() { ["Input.Name"] = name, ["Input.GermanName"] = "Doppelklick" },
            "[data-testid=network-create]");

        var responses = await Task.WhenAll(filled.SubmitAsync(), filled.SubmitAsync());

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var second = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("A network of this name exists already.", (await second.ToDocumentAsync()).QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Networks.CountAsync(n => n.Name == name)));
    }
}
