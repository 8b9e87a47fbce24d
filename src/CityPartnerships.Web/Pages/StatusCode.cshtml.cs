using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;

namespace CityPartnerships.Web.Pages;

/// <summary>The friendly page for 404, 403, 413, 429 and other status codes without a body of their own.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    // The status the re-executed request ended with: a POST whose form could not be read (a NUL in a field) binds no
    // value at all, not even the query's code, and would show "Error 0".
    public void OnPost(int code) => Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? code;

    public string Key => Code switch
    {
        StatusCodes.Status403Forbidden => "403",
        StatusCodes.Status404NotFound => "404",
        StatusCodes.Status413PayloadTooLarge => "413",
        StatusCodes.Status429TooManyRequests => "429",
        _ => "Other",
    };
}
