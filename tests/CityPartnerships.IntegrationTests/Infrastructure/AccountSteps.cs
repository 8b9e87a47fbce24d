using System.Globalization;
using System.Net;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>The steps of an account's life as a person takes them: through the forms and the mails.</summary>
public static class AccountSteps
{
    public const string GoodPassword = "Lantern harbour violet 88";

    public static string NewEmail(string prefix = "person") => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)] + "@example.org";

    /// <summary>An admin invites someone; returns the invitation link from the mail that arrived.</summary>
    public static async Task<Uri> InviteAsync(this PortalApp app, HttpClient admin, string email, string role = Roles.InternationalAffairsStaff,
        int? cityId = null, string language = "en")
    {
        if (Roles.BelongsToCity(role) && cityId is null)
        {
            cityId = (await app.InsertCityAsync()).Id;
        }

        var before = app.Mailbox.Find(email).Count;
        var response = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Invited Person",
            ["Input.Role"] = role,
            ["Input.CityId"] = cityId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.Language"] = language,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await LatestLinkAsync(app, email, "/Account/AcceptInvitation", before);
    }

    /// <summary>Waits for the mail after the first <paramref name="skip"/> to <paramref name="email"/> and returns its link to <paramref name="path"/>.</summary>
    public static async Task<Uri> LatestLinkAsync(PortalApp app, string email, string path, int skip)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (app.Mailbox.Find(email).Count <= skip && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var mails = app.Mailbox.Find(email);
        Assert.True(mails.Count > skip, $"No new mail to {email}");
        return TestMailbox.LinkIn(mails[^1], path);
    }

    /// <summary>Opens the link and submits the new password twice; returns the answer.</summary>
    public static Task<HttpResponseMessage> ChoosePasswordAsync(HttpClient client, Uri link, string password) =>
        client.SubmitFormAsync(link.PathAndQuery, new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password });
}
