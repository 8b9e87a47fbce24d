using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Admin.Users;

public sealed class UsersTests(PortalApp app)
{
    [Fact]
    public async Task The_user_list_sorts_names_with_umlauts_beside_their_letter()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        foreach (var name in new[] { "Zimmermann", "Özdemir", "Ober" })
        {
            var user = await app.CreateUserAsync(Roles.MayorsOffice);
            await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, $"{name} {suffix}")));
        }

        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var list = await admin.GetDocumentAsync($"/Admin/Users?q={suffix}");

        Assert.Equal(["Ober", "Özdemir", "Zimmermann"], list.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim().Split(' ')[0]).ToList());
    }

    [Fact]
    public async Task Admin_invites_a_staff_user_who_chooses_a_password_from_the_mail_and_signs_in_to_their_city()
    {
        var city = await app.InsertCityAsync(member: true);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = $"new-{Guid.NewGuid():N}"[..16] + "@example.org";

        var response = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Nora Neu",
            ["Input.Role"] = Roles.InternationalAffairsStaff,
            ["Input.CityId"] = city.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var userPage = await admin.GetDocumentAsync(response.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Contains($"Nora Neu has been invited: the invitation went to {email}.", userPage.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.NotNull(userPage.QuerySelector("[data-testid=invitation-pending]"));
        var list = await admin.GetDocumentAsync($"/Admin/Users?q={Uri.EscapeDataString(email)}");
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains(city.Name, row.TextContent);
        Assert.Contains("Invited", row.TextContent);

        var mail = await app.Mailbox.WaitForMailAsync(email);
        var newUser = app.CreateClient();
        var accepted = await newUser.SubmitFormAsync(TestMailbox.LinkIn(mail, "/Account/AcceptInvitation").PathAndQuery, new()
        {
            ["Input.NewPassword"] = "Lantern harbour violet 88",
            ["Input.ConfirmPassword"] = "Lantern harbour violet 88",
        });
        Assert.Equal("/Account/Login", accepted.Headers.Location?.OriginalString);

        var signIn = await newUser.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "Lantern harbour violet 88" });
        Assert.Equal("/MyCity", signIn.Headers.Location?.OriginalString);
        Assert.Equal(city.Name, (await newUser.GetDocumentAsync("/MyCity")).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Staff_user_without_a_city_is_refused_and_the_input_kept()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = $"nocity-{Guid.NewGuid():N}"[..18] + "@example.org";

        var response = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Without City",
            ["Input.Role"] = Roles.MayorsOffice,
            ["Input.CityId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Choose the city this user works for.", page.QuerySelector("[data-valmsg-for='Input.CityId']")?.TextContent);
        Assert.Equal(email, page.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Without City", page.QuerySelector("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task Inviting_an_address_that_already_has_an_account_gets_a_clear_message()
    {
        var existing = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var duplicate = await (await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = existing.Email,
            ["Input.DisplayName"] = "Twice",
            ["Input.Role"] = Roles.AssociationAdmin,
        })).ToDocumentAsync();

        Assert.Contains($"There is already a user with the e-mail address {existing.Email}.", duplicate.QuerySelector("[data-valmsg-for='Input.Email']")?.TextContent);
        Assert.Empty(app.Mailbox.Find(existing.Email));
    }

    [Fact]
    public async Task A_non_member_city_cannot_be_assigned_by_editing_the_form()
    {
        var outsider = await app.InsertCityAsync(member: false);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = "outsider-" + Guid.NewGuid().ToString("N")[..6] + "@example.org",
            ["Input.DisplayName"] = "Outsider",
            ["Input.Role"] = Roles.InternationalAffairsStaff,
            ["Input.CityId"] = outsider.Id.ToString(CultureInfo.InvariantCulture),
        });

        var page = await response.ToDocumentAsync();
        Assert.Contains("Choose one of the association's member cities.", page.QuerySelector("[data-valmsg-for='Input.CityId']")?.TextContent);
    }

    [Fact]
    public async Task Admin_changes_a_users_role_and_city()
    {
        var firstCity = await app.InsertCityAsync();
        var secondCity = await app.InsertCityAsync();
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, firstCity.Id);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", new()
        {
            ["Input.DisplayName"] = "Moved Person",
            ["Input.Role"] = Roles.MayorsOffice,
            ["Input.CityId"] = secondCity.Id.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = await FindUserAsync(user.Email);
        Assert.Equal(secondCity.Id, moved!.Value.User.CityId);
        Assert.Equal([Roles.MayorsOffice], moved.Value.Roles);
        var signIn = await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        Assert.Equal("/Dashboard", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Locked_user_cannot_sign_in_until_unlocked()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var lockResponse = await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [],
            formSelector: "form[action$='handler=Lock']");
        Assert.Equal(HttpStatusCode.Redirect, lockResponse.StatusCode);
        var signIn = await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("The e-mail address or password is not correct.", (await signIn.ToDocumentAsync()).QuerySelector("[data-testid=login-errors]")?.TextContent);

        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], formSelector: "form[action$='handler=Unlock']");
        var again = await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        Assert.Equal("/MyCity", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Role_city_and_lock_changes_appear_in_the_users_history_without_their_name_or_address()
    {
        var firstCity = await app.InsertCityAsync();
        var secondCity = await app.InsertCityAsync();
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, firstCity.Id);
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(adminUser);

        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", new()
        {
            ["Input.DisplayName"] = "Renamed Person",
            ["Input.Role"] = Roles.MayorsOffice,
            ["Input.CityId"] = secondCity.Id.ToString(CultureInfo.InvariantCulture),
        });
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], formSelector: "form[action$='handler=Lock']");
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], formSelector: "form[action$='handler=Unlock']");

        var page = await admin.GetDocumentAsync($"/Admin/Users/Edit/{user.Id}");
        var history = page.QuerySelector("[data-testid=history]")!;
        var entries = history.QuerySelectorAll(":scope > li").Select(li => Regex.Replace(li.TextContent, @"\s+", " ").Trim()).ToList();
        Assert.StartsWith($"Unlocked · {adminUser.DisplayName}", entries[0]);
        Assert.StartsWith($"Locked · {adminUser.DisplayName}", entries[1]);
        Assert.Contains("Locked until: – → until further notice", entries[1]);
        Assert.StartsWith($"Changed · {adminUser.DisplayName}", entries[2]);
        Assert.Contains("Role: International affairs staff → Mayor's office", entries[2]);
        Assert.Contains($"City: {firstCity.Name} → {secondCity.Name}", entries[2]);
        Assert.Contains("Name", entries[2]);
        Assert.StartsWith("Created · System", entries[^1]);
        // Identity's technical switch that lets lockout apply to every account is no news to an admin.
        Assert.DoesNotContain("Can be locked", history.TextContent);
        Assert.DoesNotContain("Renamed Person", history.TextContent);
        Assert.DoesNotContain(user.Email, history.TextContent);
        var stored = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ScopeType == AuditedTypes.User && a.ScopeId == user.Id).ToListAsync());
        var values = string.Join('\n', stored.SelectMany(a => a.Changes).Select(c => $"{c.Old} {c.New}"));
        Assert.DoesNotContain("Renamed Person", values);
        Assert.DoesNotContain(user.DisplayName, values);
        Assert.DoesNotContain(user.Email, values, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Admin_cannot_lock_or_demote_themselves()
    {
        var me = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(me);

        var page = await admin.GetDocumentAsync($"/Admin/Users/Edit/{me.Id}");
        var demote = await (await admin.SubmitFormAsync($"/Admin/Users/Edit/{me.Id}", new()
        {
            ["Input.DisplayName"] = me.DisplayName,
            ["Input.Role"] = Roles.InternationalAffairsStaff,
            ["Input.CityId"] = (await app.InsertCityAsync()).Id.ToString(CultureInfo.InvariantCulture),
        })).ToDocumentAsync();

        Assert.Null(page.QuerySelector("form[action$='handler=Lock']"));
        Assert.Contains("You cannot take the admin role away from yourself.", demote.QuerySelector("[data-valmsg-for='Input.Role']")?.TextContent);
        Assert.Equal([Roles.AssociationAdmin], (await FindUserAsync(me.Email))!.Value.Roles);
    }

    [Fact]
    public async Task Editing_an_unknown_user_gives_not_found()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await admin.GetAsync($"/Admin/Users/Edit/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task User_list_filters_by_role()
    {
        var mayor = await app.CreateUserAsync(Roles.MayorsOffice);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var mayors = await admin.GetDocumentAsync($"/Admin/Users?role={Roles.MayorsOffice}&q={Uri.EscapeDataString(mayor.Email)}");
        var admins = await admin.GetDocumentAsync($"/Admin/Users?role={Roles.AssociationAdmin}&q={Uri.EscapeDataString(mayor.Email)}");

        Assert.Single(mayors.QuerySelectorAll("tbody tr"));
        Assert.Contains("No users match your search.", admins.QuerySelector(".empty-state")?.TextContent);
    }

    private async Task<(ApplicationUser User, IList<string> Roles)?> FindUserAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is null ? null : (user, await users.GetRolesAsync(user));
    }
}
