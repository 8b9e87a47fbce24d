using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Legal;

/// <summary>The accessibility statement, imprint and privacy notice: public, in both languages, edited by admins only.</summary>
public sealed class LegalPagesTests(PortalApp app)
{
    [Theory]
    [InlineData("/Accessibility", "en", "Accessibility statement", "partially conformant")]
    [InlineData("/Accessibility", "de", "Erklärung zur Barrierefreiheit", "Schlichtungsstelle nach § 16 BGG")]
    [InlineData("/Imprint", "en", "Imprint", "Provider")]
    [InlineData("/Imprint", "de", "Impressum", "Anbieter")]
    [InlineData("/Privacy", "en", "Privacy notice", "Security events")]
    [InlineData("/Privacy", "de", "Datenschutzerklärung", "Sicherheitsereignisse")]
    public async Task Anyone_reads_the_legal_pages_in_their_language(string path, string language, string title, string text)
    {
        var response = await app.CreateClient(language).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(text, page.QuerySelector("[data-testid=content-body]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[data-testid=edit-legal-page]"));
    }

    [Theory]
    [InlineData("en", "Accessibility", "Imprint", "Privacy", "Service status")]
    [InlineData("de", "Barrierefreiheit", "Impressum", "Datenschutz", "Dienststatus")]
    public async Task Every_page_links_the_legal_pages_and_the_status_page_in_its_footer(string language, params string[] labels)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff), language);

        foreach (var path in new[] { "/", "/Partnerships", "/BestPractices", "/Accessibility" })
        {
            var page = await client.GetDocumentAsync(path);
            var links = page.QuerySelectorAll("footer [data-testid=footer-links] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
            Assert.Equal(labels, links.Select(l => l.Item1));
            Assert.Equal(["/Accessibility", "/Imprint", "/Privacy", "/Status"], links.Select(l => l.Item2!.Split('?')[0]));
        }
    }

    [Fact]
    public async Task The_privacy_notice_names_what_the_portal_stores()
    {
        var page = await app.CreateClient("en").GetDocumentAsync("/Privacy");
        var text = page.QuerySelector("[data-testid=content-body]")!.TextContent;

        foreach (var stored in new[] { "name, e-mail address, role, city", "Security events", "IP address", "Contacts of partner cities", "Change history", "log line", "Accessibility feedback", "find, export and erase" })
        {
            Assert.Contains(stored, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Legal_pages_are_not_listed_among_the_solutions()
    {
        var solutions = await app.CreateClient("en").GetDocumentAsync("/Solutions");

        Assert.DoesNotContain("Imprint", solutions.QuerySelector("[data-testid=solutions]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/Solutions/imprint")).StatusCode);
    }

    [Fact]
    public async Task An_admin_edits_the_imprint_in_both_languages_and_the_public_page_shows_it()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var imprint = await admin.GetDocumentAsync("/Imprint");
        var edit = imprint.QuerySelector("[data-testid=edit-legal-page]")?.GetAttribute("href");
        Assert.Equal("/Solutions/Edit/imprint", edit);
        var english = Unique.Name("Provider");
        var german = Unique.Name("Anbieter");

        var saved = await admin.SubmitFormAsync(edit!, new()
        {
            ["Input.Title"] = "Imprint",
            ["Input.GermanTitle"] = "Impressum",
            ["Input.Body"] = $"### Provider\n\n{english}, Musterstraße 1, 10115 Berlin",
            ["Input.GermanBody"] = $"### Anbieter\n\n{german}, Musterstraße 1, 10115 Berlin",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Imprint", saved.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Contains(english, (await app.CreateClient("en").GetDocumentAsync("/Imprint")).QuerySelector("[data-testid=content-body]")!.TextContent, StringComparison.Ordinal);
        var inGerman = (await app.CreateClient("de").GetDocumentAsync("/Imprint")).QuerySelector("[data-testid=content-body]")!;
        Assert.Contains(german, inGerman.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anbieter", inGerman.QuerySelector("h3")?.TextContent);
    }

    [Fact]
    public async Task The_admins_start_page_lists_a_legal_page_until_its_square_bracket_parts_are_filled_in()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), "de");
        var street = Unique.Name("Musterstraße");
        var unfilled = new Dictionary<string, string>
        {
            ["Input.Title"] = "Imprint",
            ["Input.GermanTitle"] = "Impressum",
            ["Input.Body"] = $"### Provider\n\n[Name of the association]\n{street} 1\n\nSee [our website](https://example.org).",
            ["Input.GermanBody"] = $"### Anbieter\n\n[Name des Verbands]\n{street} 1\n\nSiehe [unsere Website](https://example.org).",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/Solutions/Edit/imprint", unfilled)).StatusCode);

        var notice = (await admin.GetDocumentAsync("/Admin")).QuerySelector("[data-testid=legal-pages-to-fill]");

        Assert.NotNull(notice);
        var imprint = Assert.Single(notice.QuerySelectorAll("li"), li => li.QuerySelector("a")?.TextContent == "Impressum");
        Assert.Equal("/Solutions/Edit/imprint", imprint.QuerySelector("a")?.GetAttribute("href"));
        // The German version's gap, counted once; the link to the website is not a gap.
        Assert.Contains("1 Stelle auszufüllen: „[Name des Verbands]“", imprint.TextContent, StringComparison.Ordinal);

        var filled = new Dictionary<string, string>(unfilled)
        {
            ["Input.Body"] = $"### Provider\n\nAssociation of Cities\n{street} 1\n\nSee [our website](https://example.org).",
            ["Input.GermanBody"] = $"### Anbieter\n\nStädteverband\n{street} 1\n\nSiehe [unsere Website](https://example.org).",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/Solutions/Edit/imprint", filled)).StatusCode);

        var after = await admin.GetDocumentAsync("/Admin");
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=legal-pages-to-fill] li a"), a => a.TextContent == "Impressum");
    }

    [Fact]
    public async Task An_admin_who_leaves_a_text_empty_gets_the_form_back_with_what_they_typed()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var typed = Unique.Name("Half-written statement");

        var refused = await admin.SubmitFormAsync("/Solutions/Edit/accessibility", new() { ["Input.Body"] = typed, ["Input.GermanBody"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.ToDocumentAsync();
        Assert.Contains("Write the German text.", form.QuerySelector("[data-testid=form-errors]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, form.QuerySelector("textarea[name='Input.Body']")?.TextContent.Trim());
        Assert.DoesNotContain(typed, (await app.CreateClient("en").GetStringAsync("/Accessibility")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Staff_and_mayors_offices_cannot_edit_a_legal_page(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));
        var before = await PrivacyTextAsync();

        var opened = await client.GetAsync("/Solutions/Edit/privacy");
        var posted = await client.SubmitFormAsync("/Status", new()
        {
            ["Input.Title"] = "Hacked",
            ["Input.GermanTitle"] = "Gehackt",
            ["Input.Body"] = "Hacked",
            ["Input.GermanBody"] = "Gehackt",
        }, formSelector: "form[action='/Account/Logout']", action: "/Solutions/Edit/privacy");

        Assert.StartsWith("/Account/AccessDenied", opened.Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", posted.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Empty((await client.GetDocumentAsync("/Privacy")).QuerySelectorAll("[data-testid=edit-legal-page]"));
        Assert.Equal(before, await PrivacyTextAsync());
    }

    private async Task<string?> PrivacyTextAsync() =>
        (await app.CreateClient("en").GetDocumentAsync("/Privacy")).QuerySelector("[data-testid=content-body]")?.InnerHtml;
}
