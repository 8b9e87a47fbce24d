using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// Who asks for a partnership's pages, seen from the partnership (its own city, its partner city, any other city).
/// Named apart from the portal's own viewer type (Authorization.Viewer on main), so a test file can use both.
/// </summary>
public enum MatrixViewer
{
    OwnStaff,
    PartnerStaff,
    OtherStaff,
    OwnMayor,
    OtherMayor,
    Admin,
}

/// <summary>What a user gets in an access matrix: the page (200), the access-denied page, or "not found" (404).</summary>
public enum Outcome
{
    Ok,
    Denied,
    Missing,
}

/// <summary>A partnership between two new cities, and a signed-in client of the viewer under test.</summary>
public sealed record ArrangedAccess(City Own, City Partner, Partnership Partnership, HttpClient Client);

/// <summary>
/// The shared kit of the access-matrix tests (pages × viewers × internal or not): one arrange, one snapshot to show
/// that a refused request changed nothing, one way to check the outcome.
/// </summary>
public static class AccessMatrix
{
    /// <summary>A new partnership of two new cities, and the viewer signed in.</summary>
    public static async Task<ArrangedAccess> ArrangeAsync(this PortalApp app, MatrixViewer viewer, bool isInternal, DateOnly? startedOn = null)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id, isInternal: isInternal, startedOn: startedOn);
        var user = viewer switch
        {
            MatrixViewer.OwnStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id),
            MatrixViewer.PartnerStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff, partner.Id),
            MatrixViewer.OtherStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff),
            MatrixViewer.OwnMayor => await app.CreateUserAsync(Roles.MayorsOffice, own.Id),
            MatrixViewer.OtherMayor => await app.CreateUserAsync(Roles.MayorsOffice),
            MatrixViewer.Admin => await app.CreateUserAsync(Roles.AssociationAdmin),
            _ => throw new ArgumentOutOfRangeException(nameof(viewer), viewer, null),
        };
        return new ArrangedAccess(own, partner, partnership, await app.SignedInClientAsync(user));
    }

    /// <summary>
    /// Everything the query selects, as one text to compare before and after a request: give it the rows (ordered)
    /// projected to what a change would touch.
    /// </summary>
    public static Task<string> SnapshotAsync<T>(this PortalApp app, Func<AppDbContext, IQueryable<T>> rows)
        where T : class =>
        app.WithDbAsync(async db => string.Join("\n", await rows(db).AsNoTracking().ToListAsync()));

    public static void AssertOutcome(Outcome expected, HttpResponseMessage response)
    {
        switch (expected)
        {
            case Outcome.Ok:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case Outcome.Missing:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
                break;
        }
    }
}
