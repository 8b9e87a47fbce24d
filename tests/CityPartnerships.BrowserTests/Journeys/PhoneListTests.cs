using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>On a phone the partnership lists, the suggestions, the partnership health and the admin's lists are cards of labelled values, readable without scrolling sideways.</summary>
public sealed class PhoneListTests(BrowserApp app)
{
    [Theory]
    [InlineData(null, "/Directory", "de-DE", "Partnerstadt")]
    [InlineData(null, "/Directory/City/1", "en-GB", "Partner city")]
    [InlineData("duesseldorf.staff@example.org", "/Partnerships", "de-DE", "Partnerstadt")]
    [InlineData("duesseldorf.staff@example.org", "/MyCity", "en-GB", "Partner city")]
    [InlineData("duesseldorf.staff@example.org", "/MyCity", "de-DE", "Partnerstadt")]
    [InlineData("duesseldorf.staff@example.org", "/Suggestions", "de-DE", "Warum")]
    [InlineData("duesseldorf.mayor@example.org", "/Dashboard", "de-DE", "Gründe")]
    [InlineData("duesseldorf.staff@example.org", "/Projects", "en-GB", "Priority")]
    [InlineData("duesseldorf.staff@example.org", "/BestPractices/Mine", "de-DE", "Status")]
    [InlineData(null, "/Climate/Twins?id=1", "en-GB", "Differs most in")]
    [InlineData("admin@example.org", "/Admin/Networks", "de-DE", "Mitglieder")]
    [InlineData("admin@example.org", "/Admin/Capacity", "en-GB", "Statement")]
    [InlineData("admin@example.org", "/Admin/Users", "en-GB", "Role")]
    [InlineData("admin@example.org", "/Admin/Cities", "de-DE", "Land")]
    [InlineData("admin@example.org", "/Admin/Networks/Edit/1", "en-GB", "Region and country")]
    [InlineData("admin@example.org", "/Admin", "de-DE", "Aktive Partnerschaften")]
    [InlineData("admin@example.org", "/Admin", "en-GB", "Active partnerships")]
    public async Task At_390_px_each_row_is_a_card_with_labels_and_nothing_is_cut_off_or_broken_mid_word(string? email, string path, string locale,
        string partnerLabel)
    {
        var page = await app.NewPageAsync(locale);
        await page.SetViewportSizeAsync(390, 844);
        if (email is not null)
        {
            await BrowserApp.SignInAsync(page, email);
        }

        await page.GotoAsync(path);

        var firstRow = page.Locator("table.table-stack").First.Locator("tbody tr").First;
        await Assertions.Expect(firstRow).ToBeVisibleAsync();
        // Every list on the page, not only the first: the association overview has three.
        var layouts = await page.Locator("table.table-stack").EvaluateAllAsync<double[][]>("""
            tables => tables.filter(table => table.querySelector('tbody tr')).map(table => {
              const wrapper = table.closest('.table-responsive') ?? table.parentElement;
              const row = table.querySelector('tbody tr');
              return [wrapper.scrollWidth - wrapper.clientWidth, row.getBoundingClientRect().right, window.innerWidth,
                      getComputedStyle(row).display === 'grid' ? 1 : 0];
            })
            """);
        Assert.NotEmpty(layouts);
        foreach (var layout in layouts)
        {
            Assert.True(layout[0] <= 1, $"a list scrolls sideways by {layout[0]} px");
            Assert.True(layout[1] <= layout[2], $"a row ends at {layout[1]} px, past the screen's {layout[2]} px");
            Assert.Equal(1, layout[3]);
        }

        // "Städtepartnerschaf|t" in a half-width cell: a word split across two lines without a hyphen.
        Assert.Empty(await AccessibilityChecks.WordsBrokenAcrossLinesAsync(page, "table.table-stack tbody td"));

        var labels = await firstRow.Locator("td[data-label]").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => getComputedStyle(c, '::before').content.replaceAll('\"', ''))");
        Assert.Contains(partnerLabel, labels);
        await BrowserApp.ScreenshotAsync(page, "phone" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + "-" + locale);
        await page.Context.CloseAsync();
    }
}
