using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CityPartnerships.Web.Tables;

/// <summary>
/// Makes every sideways-scrolling table wrapper (div class="table-responsive") reachable for keyboard and
/// screen-reader users, once for all pages (WCAG 2.1.1): tabindex="0" so that arrow keys can scroll it, and
/// role="region". Each view names its wrapper (aria-labelledby its heading, or aria-label); a unit test holds every
/// view to that, and "Table" is only the last resort.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-responsive]")]
public sealed class ScrollableTableTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby"))
        {
            output.Attributes.SetAttribute("aria-label", localizer["Table.Region"].Value);
        }
    }
}
