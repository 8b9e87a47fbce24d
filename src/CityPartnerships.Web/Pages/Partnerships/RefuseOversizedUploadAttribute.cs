using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Documents;

/// <summary>
/// Sends an upload that says it is larger than the page accepts back to the partnership with the "file too large"
/// message, without reading it. Without this, the antiforgery check (which reads the form first) would fail on the
/// size limit and the user would see only a generic "Bad request" page. Runs before every other filter; it changes
/// nothing, so it needs neither the antiforgery token nor the partnership's access check.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RefuseOversizedUploadAttribute(long limitBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not { } length || length <= limitBytes
            || !int.TryParse(context.RouteData.Values["partnershipId"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var partnershipId))
        {
            return;
        }

        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData["ErrorMessage"] = localizer["DomainError.Document.TooLarge"].Value;
        // Saved here: the filters that normally save it do not run when this one answers.
        tempData.Save();
        var details = http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, "/Partnerships/Details", values: new { id = partnershipId });
        context.Result = new RedirectResult(details + "#documents");
    }
}
