using System.Text.RegularExpressions;
using CityPartnerships.UnitTests.Resources;

namespace CityPartnerships.UnitTests.Accessibility;

/// <summary>
/// A sideways-scrolling table is a keyboard-reachable region (Tables/ScrollableTableTagHelper), and a screen reader
/// announces a region by its name: "Table, region" on every list tells a user nothing about which list it is.
/// </summary>
public sealed partial class TableRegionMarkupTests
{
    [Fact]
    public void Every_scrolling_table_is_named_after_its_heading_or_title()
    {
        var unnamed = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(ResourceFiles.WebProject, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var markup = File.ReadAllText(view);
            var where = Path.GetRelativePath(ResourceFiles.WebProject, view);
            foreach (Match wrapper in Wrapper().Matches(markup))
            {
                var labelledBy = LabelledBy().Match(wrapper.Value);
                if (labelledBy.Success ? !markup.Contains($"id=\"{labelledBy.Groups[1].Value}\"", StringComparison.Ordinal)
                    : !wrapper.Value.Contains("aria-label=\"@L[", StringComparison.Ordinal))
                {
                    unnamed.Add($"{where}: {wrapper.Value}");
                }
            }
        }

        Assert.Empty(unnamed);
    }

    [GeneratedRegex("""<div class="table-responsive"[^>]*>""")]
    private static partial Regex Wrapper();

    [GeneratedRegex("""aria-labelledby="([^"]+)""")]
    private static partial Regex LabelledBy();
}
