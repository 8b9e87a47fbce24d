using System.Net;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

/// <summary>
/// Pages × roles × cities: what each kind of user gets when they open or post to a partnership by its id — including
/// ids of other cities' records typed into the address bar or a form.
/// </summary>
public sealed class AccessMatrixTests(PortalApp app)
{
    private static readonly DateOnly _startedOn = new(2000, 1, 1);

    public static TheoryData<MatrixViewer, bool, string, Outcome> Reads => new()
    {
        { MatrixViewer.OwnStaff, false, "details", Outcome.Ok },
        { MatrixViewer.OtherStaff, false, "details", Outcome.Ok },
        { MatrixViewer.OtherMayor, false, "details", Outcome.Ok },
        { MatrixViewer.OwnStaff, true, "details", Outcome.Ok },
        { MatrixViewer.PartnerStaff, true, "details", Outcome.Ok },
        { MatrixViewer.OwnMayor, true, "details", Outcome.Ok },
        { MatrixViewer.Admin, true, "details", Outcome.Ok },
        { MatrixViewer.OtherStaff, true, "details", Outcome.Missing },
        { MatrixViewer.OtherMayor, true, "details", Outcome.Missing },
        { MatrixViewer.OwnStaff, false, "edit", Outcome.Ok },
        { MatrixViewer.PartnerStaff, false, "edit", Outcome.Ok },
        { MatrixViewer.Admin, false, "edit", Outcome.Ok },
        { MatrixViewer.OtherStaff, false, "edit", Outcome.Denied },
        { MatrixViewer.OwnMayor, false, "edit", Outcome.Denied },
        { MatrixViewer.OtherStaff, true, "edit", Outcome.Missing },
        { MatrixViewer.OtherMayor, true, "edit", Outcome.Missing },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Opening_a_partnership_by_id(MatrixViewer viewer, bool isInternal, string page, Outcome expected)
    {
        var (_, _, partnership, client) = await app.ArrangeAsync(viewer, isInternal, _startedOn);

        var response = await client.GetAsync(page == "details" ? $"/Partnerships/Details/{partnership.Id}" : $"/Partnerships/Edit/{partnership.Id}");

        AccessMatrix.AssertOutcome(expected, response);
    }

    public static TheoryData<MatrixViewer, string, bool> Changes => new()
    {
        { MatrixViewer.OwnStaff, "Verify", true },
        { MatrixViewer.PartnerStaff, "Delete", true },
        { MatrixViewer.Admin, "Delete", true },
        { MatrixViewer.OtherStaff, "Verify", false },
        { MatrixViewer.OtherStaff, "End", false },
        { MatrixViewer.OtherStaff, "Delete", false },
        { MatrixViewer.OtherStaff, "Edit", false },
        { MatrixViewer.OwnMayor, "Verify", false },
        { MatrixViewer.OwnMayor, "Delete", false },
        { MatrixViewer.OwnMayor, "Edit", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Posting_a_change_to_a_partnership_by_id(MatrixViewer viewer, string action, bool allowed)
    {
        var (_, _, partnership, client) = await app.ArrangeAsync(viewer, isInternal: false, _startedOn);
        var before = await SnapshotAsync(partnership.Id);

        // The antiforgery token is taken from a page this user may open, as an attacker editing a form would.
        var url = action == "Edit" ? $"/Partnerships/Edit/{partnership.Id}" : $"/Partnerships/Details/{partnership.Id}?handler={action}";
        var response = await client.SubmitFormAsync("/Partnerships", new()
        {
            ["Input.Kind"] = "Contact",
            ["Input.Status"] = "Dormant",
            ["Input.Description"] = "Changed by " + viewer,
            ["endedOn"] = "2025-01-01",
        }, formSelector: "form[action='/Account/Logout']", action: url);

        var after = await SnapshotAsync(partnership.Id);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.NotEqual(before, after);
        }
        else
        {
            AccessMatrix.AssertOutcome(Outcome.Denied, response);
            Assert.Equal(before, after);
        }
    }

    private Task<string> SnapshotAsync(int id) => app.SnapshotAsync(db => db.Partnerships.IgnoreQueryFilters()
        .Where(p => p.Id == id)
        .Select(p => new { p.Kind, p.Status, p.Description, p.EndedOn, p.LastVerifiedAt, p.DeletedAt }));
}
