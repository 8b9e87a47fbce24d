using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// Sends an upload that says it is larger than the page accepts back to <paramref name="page"/> with the "file too
/// large" message, without reading it. Without this, the antiforgery check (which reads the form first) would fail on
/// the size limit and the user would see only a generic "Bad request" page. Runs before every other filter; it changes
/// nothing, so it needs neither the antiforgery token nor an access check.
/// </summary>
/// <param name="limitBytes">Requests above this size are refused.</param>
/// <param name="messageKey">The message, a resource key; <c>{0}</c> in it is the file limit in MB.</param>
/// <param name="fileLimitMegabytes">The limit for the file itself, as the page tells its users.</param>
/// <param name="page">The page to go back to.</param>
/// <param name="idRouteValue">A route value of the upload's URL that <paramref name="page"/> takes as its id, if any.</param>
/// <param name="fragment">Where on that page the message belongs, e.g. <c>#documents</c>.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RefuseOversizedUploadAttribute(long limitBytes, string messageKey, int fileLimitMegabytes, string page,
    string? idRouteValue = null, string? fragment = null) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not { } length || length <= limitBytes)
        {
            return;
        }

        object? values = null;
        if (idRouteValue is not null)
        {
            if (!int.TryParse(context.RouteData.Values[idRouteValue]?.ToString(), CultureInfo.InvariantCulture, out var id))
            {
                return;
            }

            values = new { id };
        }

        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData["ErrorMessage"] = localizer[messageKey, fileLimitMegabytes].Value;
        // Saved here: the filters that normally save it do not run when this one answers.
        tempData.Save();
        var target = http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, page, values: values);
        context.Result = new RedirectResult(target + fragment);
    }
}
