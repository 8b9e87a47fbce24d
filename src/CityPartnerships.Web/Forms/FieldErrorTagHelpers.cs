using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CityPartnerships.Web.Forms;

/// <summary>
/// Ties a field's error message to the field for screen readers, on every form at once: the message span gets the id
/// "&lt;field id&gt;-error", and a field whose value was refused gets aria-invalid="true" and that id in its
/// aria-describedby (after any hint already there). Runs after ASP.NET Core's own asp-for tag helpers.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttributeName)]
[HtmlTargetElement("select", Attributes = ForAttributeName)]
[HtmlTargetElement("textarea", Attributes = ForAttributeName)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.TryGetAttribute("type", out var type) && string.Equals(type.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!FieldErrors.HasErrors(ViewContext.ModelState, fullName))
        {
            return;
        }

        var id = output.Attributes.TryGetAttribute("id", out var idAttribute)
            ? idAttribute.Value?.ToString()
            : null;
        id ??= FieldErrors.FieldId(fullName);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
            ? existing.Value?.ToString()
            : null;
        var messageId = FieldErrors.MessageId(id);
        if (describedBy?.Split(' ').Contains(messageId) != true)
        {
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(describedBy) ? messageId : $"{describedBy} {messageId}");
        }
    }
}

/// <summary>Gives a field's validation message (asp-validation-for) the id its field points at.</summary>
[HtmlTargetElement("span", Attributes = ForAttributeName)]
[HtmlTargetElement("div", Attributes = ForAttributeName)]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-validation-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
            output.Attributes.SetAttribute("id", FieldErrors.MessageId(FieldErrors.FieldId(fullName)));
        }
    }
}

internal static class FieldErrors
{
    public static bool HasErrors(ModelStateDictionary modelState, string fullName) =>
        modelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;

    /// <summary>The id ASP.NET Core gives the field of that name ("Input.PartnerName" → "Input_PartnerName").</summary>
    public static string FieldId(string fullName) =>
        TagBuilder.CreateSanitizedId(fullName, IdDotReplacement);

    private const string IdDotReplacement = "_"; // HtmlHelperOptions.IdAttributeDotReplacement, which the portal keeps

    public static string MessageId(string fieldId) => fieldId + "-error";
}
