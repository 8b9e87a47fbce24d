using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

/// <summary>
/// Pages × roles × cities: what each kind of user gets when they open or post to a partnership by its id — including
/// ids of other cities' records typed into the address bar or a form.
/// </summary>
public sealed class AccessMatrixTests(PortalApp app)
{
    public enum Viewer
    {
        OwnStaff,
        PartnerStaff,
        OtherStaff,
        OwnMayor,
        OtherMayor,
        Admin,
    }

    // Expected outcome: Ok (200), Denied (redirect to the access-denied page), Missing (404).
    public static TheoryData<Viewer, bool, string, string> Reads => new()
    {
        { Viewer.OwnStaff, false, "details", "Ok" },
        { Viewer.OtherStaff, false, "details", "Ok" },
        { Viewer.OtherMayor, false, "details", "Ok" },
        { Viewer.OwnStaff, true, "details", "Ok" },
        { Viewer.PartnerStaff, true, "details", "Ok" },
        { Viewer.OwnMayor, true, "details", "Ok" },
        { Viewer.Admin, true, "details", "Ok" },
        { Viewer.OtherStaff, true, "details", "Missing" },
        { Viewer.OtherMayor, true, "details", "Missing" },
        { Viewer.OwnStaff, false, "edit", "Ok" },
        { Viewer.PartnerStaff, false, "edit", "Ok" },
        { Viewer.Admin, false, "edit", "Ok" },
        { Viewer.OtherStaff, false, "edit", "Denied" },
        { Viewer.OwnMayor, false, "edit", "Denied" },
        { Viewer.OtherStaff, true, "edit", "Missing" },
        { Viewer.OtherMayor, true, "edit", "Missing" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Opening_a_partnership_by_id(Viewer viewer, bool isInternal, string page, string expected)
    {
        var (partnership, client) = await ArrangeAsync(viewer, isInternal);

        var response = await client.GetAsync(page == "details" ? $"/Partnerships/Details/{partnership}" : $"/Partnerships/Edit/{partnership}");

        AssertOutcome(expected, response);
    }

    public static TheoryData<Viewer, string, bool> Changes => new()
    {
        { Viewer.OwnStaff, "Verify", true },
        { Viewer.PartnerStaff, "Delete", true },
        { Viewer.Admin, "Delete", true },
        { Viewer.OtherStaff, "Verify", false },
        { Viewer.OtherStaff, "End", false },
        { Viewer.OtherStaff, "Delete", false },
        { Viewer.OtherStaff, "Edit", false },
        { Viewer.OwnMayor, "Verify", false },
        { Viewer.OwnMayor, "Delete", false },
        { Viewer.OwnMayor, "Edit", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Posting_a_change_to_a_partnership_by_id(Viewer viewer, string action, bool allowed)
    {
        var (partnership, client) = await ArrangeAsync(viewer, isInternal: false);
        var before = await SnapshotAsync(partnership);

        // The antiforgery token is taken from a page this user may open, as an attacker editing a form would.
        var url = action == "Edit" ? $"/Partnerships/Edit/{partnership}" : $"/Partnerships/Details/{partnership}?handler={action}";
        var response = await client.SubmitFormAsync("/Partnerships", new()
        {
            ["Input.Kind"] = "Contact",
            ["Input.Status"] = "Dormant",
            ["Input.Description"] = "Changed by " + viewer,
            ["endedOn"] = "2025-01-01",
        }, formSelector: "form[action='/Account/Logout']", action: url);

        var after = await SnapshotAsync(partnership);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.NotEqual(before, after);
        }
        else
        {
            AssertOutcome("Denied", response);
            Assert.Equal(before, after);
        }
    }

    private async Task<(int Partnership, HttpClient Client)> ArrangeAsync(Viewer viewer, bool isInternal)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id, isInternal: isInternal, startedOn: new DateOnly(2000, 1, 1));
        var user = viewer switch
        {
            Viewer.OwnStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id),
            Viewer.PartnerStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff, partner.Id),
            Viewer.OtherStaff => await app.CreateUserAsync(Roles.InternationalAffairsStaff),
            Viewer.OwnMayor => await app.CreateUserAsync(Roles.MayorsOffice, own.Id),
            Viewer.OtherMayor => await app.CreateUserAsync(Roles.MayorsOffice),
            _ => await app.CreateUserAsync(Roles.AssociationAdmin),
        };
        return (partnership.Id, await app.SignedInClientAsync(user));
    }

    private Task<string> SnapshotAsync(int id) => app.WithDbAsync(async db => (await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
        .Where(p => p.Id == id)
        .Select(p => new { p.Kind, p.Status, p.Description, p.EndedOn, p.LastVerifiedAt, p.DeletedAt })
        .SingleAsync()).ToString()!);

    private static void AssertOutcome(string expected, HttpResponseMessage response)
    {
        switch (expected)
        {
            case "Ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case "Missing":
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
                break;
        }
    }
}
