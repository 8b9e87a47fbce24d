using System.Net;
using AngleSharp.Dom;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Partnerships;

/// <summary>
/// The register's "next" and "previous" links carry the position of the last or first row shown (keyset paging):
/// following them in any sort order shows every record exactly once, in the order of the list, and back again.
/// </summary>
public sealed class KeysetPagingTests(PortalApp app)
{
    private const int Records = 53;

    private static readonly string[] _countries = ["DE", "FR", "IT", "PL"];

    [Theory]
    [InlineData("newest", false)]
    [InlineData("newest", true)]
    [InlineData("city", false)]
    [InlineData("partner", false)]
    [InlineData("partner", true)]
    [InlineData("kind", false)]
    [InlineData("status", true)]
    [InlineData("since", false)]
    [InlineData("since", true)]
    [InlineData("verified", false)]
    public async Task Next_and_previous_links_show_every_record_once_in_every_sort_order(string sort, bool descending)
    {
        var client = await CityWithRecordsAsync();
        var filter = $"mine=true&sort={sort}{(descending ? "&desc=true" : "")}";

        // The order the list shows, page by page, from numbered pages (the way before positions).
        var expected = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            expected.AddRange(Ids(await client.GetDocumentAsync($"/Partnerships?{filter}&p={page}")));
        }

        Assert.Equal(Records, expected.Distinct().Count());

        var pages = new List<IDocument> { await client.GetDocumentAsync($"/Partnerships?{filter}") };
        while (NextLink(pages[^1]) is { } next)
        {
            Assert.Contains("after=", next);
            Assert.Contains($"sort={sort}", next);
            pages.Add(await client.GetDocumentAsync(next));
        }

        Assert.Equal(expected, pages.SelectMany(Ids));
        Assert.Equal(3, pages.Count);
        Assert.Contains($"Page 2 of 3 ({Records} entries)", pages[1].Body!.TextContent);
        Assert.Contains($"Page 3 of 3 ({Records} entries)", pages[2].Body!.TextContent);

        // And back: the previous page of page 3 is page 2 again, by its position.
        var previous = PreviousLink(pages[2]);
        Assert.NotNull(previous);
        Assert.Contains("before=", previous);
        var back = await client.GetDocumentAsync(previous);
        Assert.Equal(Ids(pages[1]), Ids(back));
        Assert.Contains($"Page 2 of 3 ({Records} entries)", back.Body!.TextContent);
        Assert.DoesNotContain("before=", PreviousLink(back));
    }

    [Fact]
    public async Task The_register_shows_the_latest_logged_partnership_first_and_the_reversed_order_the_earliest()
    {
        var client = await CityWithRecordsAsync();

        var newest = Ids(await client.GetDocumentAsync("/Partnerships?mine=true")).ToList();
        var oldest = Ids(await client.GetDocumentAsync("/Partnerships?mine=true&sort=newest&desc=true")).ToList();

        Assert.Equal(newest.OrderByDescending(id => id), newest);
        Assert.Equal(oldest.OrderBy(id => id), oldest);
        Assert.True(newest[0] > oldest[0], "The default order starts with the partnership logged last.");
        Assert.Equal(newest, Ids(await client.GetDocumentAsync("/Partnerships?mine=true&sort=newest")));
    }

    [Theory]
    [InlineData("after=abc")]
    [InlineData("after=999999999:x&sort=kind")]
    [InlineData("before=-1&p=0")]
    [InlineData("after=5:%00&sort=since")]
    [InlineData("after=12:99999999999999999999999&sort=verified")]
    [InlineData("before=3:Nonsense&sort=status&desc=true")]
    public async Task A_position_edited_by_hand_shows_a_page_instead_of_failing(string query)
    {
        var client = await CityWithRecordsAsync();

        var response = await client.GetAsync($"/Partnerships?mine=true&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpClient> CityWithRecordsAsync()
    {
        var own = await app.InsertCityAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var kinds = Enum.GetValues<PartnershipKind>();
        var statuses = new[] { PartnershipStatus.Active, PartnershipStatus.Dormant, PartnershipStatus.Proposed };
        for (var i = 0; i < Records; i++)
        {
            // Names and dates repeat, so the id has to decide between equal values.
            var partner = await app.InsertCityAsync($"Partner {i % 17:00} {suffix}", country: _countries[i / 17]);
            await app.InsertPartnershipAsync(own.Id, partner.Id, kinds[i % kinds.Length], statuses[i % statuses.Length],
                startedOn: i % 4 == 0 ? null : new DateOnly(1990 + (i % 9), 1, 1));
        }

        return await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
    }

    private static IEnumerable<int> Ids(IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));

    private static string? NextLink(IDocument page) => PagerLink(page, "Next");

    private static string? PreviousLink(IDocument page) => PagerLink(page, "Previous");

    private static string? PagerLink(IDocument page, string label) =>
        page.QuerySelectorAll("nav .pagination a").FirstOrDefault(a => a.TextContent.Trim() == label)?.GetAttribute("href");
}
