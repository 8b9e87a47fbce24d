using Microsoft.AspNetCore.Mvc.Filters;

namespace CityPartnerships.Web;

/// <summary>
/// A request for a handler the page does not have (a made-up <c>?handler=</c>, or a POST to a page that only reads) is
/// answered 404. Razor Pages would otherwise render the page without running any handler, on a model never loaded:
/// a 500 (found by scripts/scan.sh).
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var asksForHandler = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || request.Query.ContainsKey("handler")
            || context.RouteData.Values.ContainsKey("handler");
        if (context.HandlerMethod is null && asksForHandler)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
