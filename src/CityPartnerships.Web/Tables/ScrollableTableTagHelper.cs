using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CityPartnerships.Web.Tables;

/// <summary>
/// Makes every sideways-scrolling table wrapper (div class="table-responsive") reachable and named for keyboard and
/// screen-reader users, once for all pages (WCAG 2.1.1): tabindex="0" so that arrow keys can scroll it, role="region"
/// and the table's caption as its name ("Table" when it has none).
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-responsive]")]
public sealed partial class ScrollableTableTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (output.Attributes.ContainsName("aria-label") || output.Attributes.ContainsName("aria-labelledby"))
        {
            return;
        }

        var content = (await output.GetChildContentAsync()).GetContent();
        var caption = Caption().Match(content);
        var name = caption.Success
            ? Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(caption.Groups[1].Value, " ")), " ").Trim()
            : "";
        output.Attributes.SetAttribute("aria-label", name.Length > 0 ? name : localizer["Table.Region"].Value);
    }

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
