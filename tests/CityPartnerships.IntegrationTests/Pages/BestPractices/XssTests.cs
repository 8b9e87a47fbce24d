using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.BestPractices;

/// <summary>Script typed into any field of a practice never runs where it is shown.</summary>
public sealed class XssTests(PortalApp app)
{
    private const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private const string MarkdownAttack = "[click](javascript:alert(1)) <a href=\"javascript:alert(2)\">x</a> ![p](x \"onerror=alert(3)\")";

    [Fact]
    public async Task Script_in_every_field_is_shown_as_text_on_every_page()
    {
        var city = await app.InsertCityAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var areaId = await app.WithDbAsync(db => db.ActionAreas.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var fields = new Dictionary<string, string>
        {
            ["Input.AreaIds"] = areaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ContactName"] = Script,
            ["Input.ContactEmail"] = "jana@example.org",
            // A web address is all a link may be, but its query can still carry markup.
            ["Input.Links"] = "https://example.org/?q=\"><script>alert('link')</script>",
        };
        foreach (var section in new[] { "English", "German" })
        {
            foreach (var field in new[] { "Title", "Summary", "Challenge", "Approach", "Results", "Costs", "Transferability", "Partners" })
            {
                fields[$"Input.{section}.{field}"] = field == "Title" ? "xss " + Script : $"xss {Script} {MarkdownAttack}";
            }
        }

        var created = await staff.SubmitFormAsync("/BestPractices/Edit", fields, action: "/BestPractices/Edit?handler=Submit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.WithDbAsync(db => db.BestPractices.Where(p => p.CityId == city.Id).Select(p => p.Id).SingleAsync());
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        await admin.SubmitFormAsync($"/BestPractices/Review/{id}", new()
        {
            ["Input.Relevance"] = "true",
            ["Input.Evidence"] = "true",
            ["Input.Transferability"] = "true",
            ["Input.Completeness"] = "true",
            ["Input.Comment"] = Script,
        }, action: $"/BestPractices/Review/{id}?handler=Publish");

        var pages = new[]
        {
            (staff, $"/BestPractices/Details/{id}"), (staff, $"/BestPractices/Edit/{id}"), (staff, "/BestPractices/Mine"),
            (app.CreateClient(), $"/BestPractices/Details/{id}"), (app.CreateClient(), "/BestPractices?q=xss+alert"),
            (app.CreateClient("de"), $"/BestPractices/Details/{id}"), (admin, "/Admin/BestPractices/Index"),
        };
        foreach (var (client, url) in pages)
        {
            var page = await client.GetDocumentAsync(url);
            Assert.DoesNotContain(page.QuerySelectorAll("script"), e => e.GetAttribute("src") is null);
            Assert.Empty(page.QuerySelectorAll("img[src=x]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(at => at.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(page.QuerySelectorAll("[href]"), e => e.GetAttribute("href")!.Trim().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        }

        var details = await app.CreateClient().GetDocumentAsync($"/BestPractices/Details/{id}");
        Assert.Contains("<script>alert('xss')</script>", details.QuerySelector("[data-testid=part-Challenge]")!.TextContent);
        Assert.Empty(details.QuerySelectorAll("main script, main img[onerror]"));
        Assert.All(details.QuerySelectorAll("[data-testid^=part-] a"), a => Assert.StartsWith("http", a.GetAttribute("href") ?? "http", StringComparison.Ordinal));
        Assert.Contains(details.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href")!.StartsWith("https://example.org/?q=", StringComparison.Ordinal));
    }
}
