using System.Reflection;
using System.Security.Claims;
using CityPartnerships.Web.Authorization;
using Microsoft.AspNetCore.Razor.Hosting;

namespace CityPartnerships.UnitTests.Authorization;

public class RolesTests
{
    [Theory]
    [InlineData(Roles.AssociationAdmin, "/Admin/Index")]
    [InlineData(Roles.InternationalAffairsStaff, "/MyCity/Index")]
    [InlineData(Roles.MayorsOffice, "/Dashboard/Index")]
    public void Each_role_starts_on_its_own_page(string role, string expected)
    {
        Assert.Equal(expected, Roles.StartPage(role));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Guest")]
    [InlineData("associationadmin")]
    public void A_user_without_a_known_role_starts_on_the_home_page(string? role)
    {
        Assert.Equal("/Index", Roles.StartPage(role));
    }

    [Fact]
    public void No_two_roles_share_a_start_page()
    {
        var startPages = Roles.All.Select(Roles.StartPage).ToList();

        Assert.Equal(startPages.Count, startPages.Distinct().Count());
        Assert.DoesNotContain(Roles.StartPage(null), startPages);
    }

    [Fact]
    public void Every_start_page_is_a_page_of_the_portal()
    {
        var pages = typeof(Roles).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(item => item.Kind == "mvc.1.0.razor-page")
            .Select(item => item.Identifier)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Roles.All.Select(Roles.StartPage).Append(Roles.StartPage(null)),
            startPage => Assert.Contains($"/Pages{startPage}.cshtml", pages));
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff, true)]
    [InlineData(Roles.MayorsOffice, true)]
    [InlineData(Roles.AssociationAdmin, false)]
    [InlineData("Guest", false)]
    [InlineData("", false)]
    public void Staff_and_mayors_offices_belong_to_a_city_and_admins_do_not(string role, bool expected)
    {
        Assert.Equal(expected, Roles.BelongsToCity(role));
    }

    [Fact]
    public void A_user_who_is_admin_and_staff_starts_on_the_admin_page()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.InternationalAffairsStaff), new Claim(ClaimTypes.Role, Roles.AssociationAdmin)],
            authenticationType: "test"));

        Assert.Equal(Roles.StartPage(Roles.AssociationAdmin), Roles.StartPage(user.GetPrimaryRole()));
    }
}
