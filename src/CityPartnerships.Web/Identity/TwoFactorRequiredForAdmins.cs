using CityPartnerships.Web.Pages;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CityPartnerships.Web.Identity;

/// <summary>
/// Association admins can change every city's records and every account: they work only with a second factor.
/// An admin signed in without one is sent to set up an authenticator app before any other page; the account pages
/// (setup, sign-out, password) stay open so that they can.
/// </summary>
internal sealed class TwoFactorRequiredForAdmins : IAsyncPageFilter
{
    private static readonly HashSet<string> _alwaysOpen = ["/Culture", "/Error", "/StatusCode"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.IsInRole(Roles.AssociationAdmin) && !user.HasTwoFactor()
            && !page.StartsWith("/Account/", StringComparison.Ordinal) && !_alwaysOpen.Contains(page))
        {
            context.Result = new RedirectToPageResult(PagePaths.TwoFactorSetup);
            return;
        }

        await next();
    }
}
