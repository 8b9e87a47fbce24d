using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CityPartnerships.Web.Forms;

/// <summary>
/// Turns every validation summary (asp-validation-summary) into one a screen-reader user can work with: a heading, each
/// field's error as a link to the field ("#Input_PartnerName"), errors about the whole form as text, and tabindex="-1"
/// so that wwwroot/js/forms.js can move the focus to it after a failed submit. Runs after ASP.NET Core's own
/// summary tag helper and replaces the list it wrote.
/// </summary>
[HtmlTargetElement("div", Attributes = ModeAttributeName)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    private const string ModeAttributeName = "asp-validation-summary";

    public override int Order => 100;

    [HtmlAttributeName(ModeAttributeName)]
    public ValidationSummary Mode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Mode == ValidationSummary.None)
        {
            return;
        }

        output.Attributes.SetAttribute("data-error-summary", "true");
        output.Attributes.SetAttribute("tabindex", "-1");
        if (!output.Attributes.ContainsName("role"))
        {
            output.Attributes.SetAttribute("role", "alert");
        }

        var items = Items().ToList();
        if (items.Count == 0)
        {
            return;
        }

        var headingId = "error-summary-" + context.UniqueId;
        output.Attributes.SetAttribute("aria-labelledby", headingId);
        var heading = new TagBuilder("h2") { Attributes = { ["id"] = headingId } };
        heading.AddCssClass("h6 mb-1 error-summary-heading");
        heading.InnerHtml.Append(localizer["Validation.SummaryHeading"]);

        var list = new TagBuilder("ul");
        foreach (var (fieldName, message) in items)
        {
            var item = new TagBuilder("li");
            if (fieldName is null)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a") { Attributes = { ["href"] = "#" + FieldErrors.FieldId(fieldName), ["data-field"] = fieldName } };
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        output.PostContent.Clear();
        output.PostContent.AppendHtml(heading);
        output.PostContent.AppendHtml(list);
    }

    /// <summary>Errors about the whole form first, then each field's, in the order the fields were bound.</summary>
    private IEnumerable<(string? FieldName, string Message)> Items()
    {
        var modelState = ViewContext.ModelState;
        var prefix = ViewContext.ViewData.TemplateInfo.HtmlFieldPrefix;
        if (modelState.TryGetValue(prefix, out var formEntry))
        {
            foreach (var error in formEntry.Errors)
            {
                yield return (null, MessageOf(error));
            }
        }

        if (Mode != ValidationSummary.All)
        {
            yield break;
        }

        foreach (var (key, entry) in modelState)
        {
            if (key == prefix)
            {
                continue;
            }

            foreach (var error in entry.Errors)
            {
                yield return (key, MessageOf(error));
            }
        }
    }

    private string MessageOf(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? localizer["Validation.InvalidValueUnknown"] : error.ErrorMessage;
}
