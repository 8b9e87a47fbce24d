using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Absolute links to the portal's pages for mails: from <see cref="MailOptions.PortalUrl"/> when set, otherwise from
/// the address of the current request.
/// </summary>
public sealed class PortalLinks(LinkGenerator links, IHttpContextAccessor httpContextAccessor, IOptions<MailOptions> options)
{
    public Uri To(string page, object? values = null)
    {
        var path = links.GetPathByPage(page, handler: null, values: values)
            ?? throw new InvalidOperationException($"No route to {page}");
        if (options.Value.PortalUrl is { } portal)
        {
            return new Uri(portal, path);
        }

        var request = httpContextAccessor.HttpContext?.Request
            ?? throw new InvalidOperationException("Set Mail__PortalUrl to send mail outside a request.");
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
    }
}
