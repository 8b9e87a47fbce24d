using System.Net;
using AngleSharp.Html.Dom;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Account.Manage;

public sealed class RemindersTests(PortalApp app)
{
    private const string ReminderForm = "form[action*='handler=Reminders']";

    [Fact]
    public async Task City_staff_turn_the_daily_reminder_off_and_on_again_on_their_account_page()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(user);
        var page = await client.GetDocumentAsync("/Account/Manage");
        Assert.True(((IHtmlInputElement)page.QuerySelector("#ReceiveReminders")!).IsChecked);

        var off = await client.SubmitFormAsync("/Account/Manage", new() { ["ReceiveReminders"] = "false" }, ReminderForm);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var after = await client.GetDocumentAsync("/Account/Manage");
        Assert.Contains("no longer get reminder mails", after.QuerySelector("[role=status], .alert")!.TextContent);
        Assert.False(((IHtmlInputElement)after.QuerySelector("#ReceiveReminders")!).IsChecked);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.RemindersOff).SingleAsync()));

        await client.SubmitFormAsync("/Account/Manage", new() { ["ReceiveReminders"] = "true" }, ReminderForm);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.RemindersOff).SingleAsync()));
    }

    [Fact]
    public async Task Only_city_staff_are_offered_the_reminder_and_nobody_else_can_set_it()
    {
        var mayorsOffice = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(mayorsOffice);
        var page = await client.GetDocumentAsync("/Account/Manage");
        Assert.Null(page.QuerySelector(ReminderForm));

        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var forced = await client.PostAsync("/Account/Manage?handler=Reminders",
            new FormUrlEncodedContent([new("ReceiveReminders", "false"), new("__RequestVerificationToken", token)]));
        Assert.StartsWith("/Account/AccessDenied", forced.Headers.Location?.PathAndQueryOrOriginal());
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == mayorsOffice.Id).Select(u => u.RemindersOff).SingleAsync()));
    }
}
