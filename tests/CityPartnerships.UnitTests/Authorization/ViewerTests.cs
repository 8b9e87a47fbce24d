using System.Security.Claims;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.UnitTests.Authorization;

public class ViewerTests
{
    private const int Bonn = 1;
    private const int Lyon = 2;
    private const int Krakow = 3;

    private static readonly DateTime _createdAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The users of the access table, by a name that reads well in the test results.</summary>
    private static readonly Dictionary<string, Viewer> _users = new()
    {
        ["admin"] = new(CityId: null, IsAdmin: true, IsStaff: false),
        ["admin who is also Krakow staff"] = new(CityId: Krakow, IsAdmin: true, IsStaff: true),
        ["Bonn staff"] = new(CityId: Bonn, IsAdmin: false, IsStaff: true),
        ["Lyon staff"] = new(CityId: Lyon, IsAdmin: false, IsStaff: true),
        ["Krakow staff"] = new(CityId: Krakow, IsAdmin: false, IsStaff: true),
        ["staff without a city"] = new(CityId: null, IsAdmin: false, IsStaff: true),
        ["Bonn mayor's office"] = new(CityId: Bonn, IsAdmin: false, IsStaff: false),
        ["Lyon mayor's office"] = new(CityId: Lyon, IsAdmin: false, IsStaff: false),
        ["Krakow mayor's office"] = new(CityId: Krakow, IsAdmin: false, IsStaff: false),
        ["user without city or role"] = new(CityId: null, IsAdmin: false, IsStaff: false),
    };

    public static TheoryData<string> Users => [.. _users.Keys];

    public static TheoryData<string, bool, int, int> EveryUserAndRecord
    {
        get
        {
            var data = new TheoryData<string, bool, int, int>();
            foreach (var user in _users.Keys)
            {
                foreach (var isInternal in new[] { false, true })
                {
                    foreach (var (cityId, partnerCityId) in new[] { (Bonn, Lyon), (Lyon, Bonn), (Lyon, Krakow), (Krakow, Bonn) })
                    {
                        data.Add(user, isInternal, cityId, partnerCityId);
                    }
                }
            }

            return data;
        }
    }

    /// <summary>A partnership between Bonn (which logged it) and Lyon, unless told otherwise.</summary>
    private static Partnership NewPartnership(bool isInternal, int cityId = Bonn, int partnerCityId = Lyon)
    {
        var partnership = new Partnership(cityId, partnerCityId, PartnershipKind.Twinning, PartnershipStatus.Active,
            new DateOnly(2010, 5, 1), null, null, _createdAt);
        partnership.MarkInternal(isInternal);
        return partnership;
    }

    private static ClaimsPrincipal User(string? cityId, params string[] roles)
    {
        var claims = roles.Select(role => new Claim(ClaimTypes.Role, role)).ToList();
        if (cityId is not null)
        {
            claims.Add(new Claim(PortalClaims.CityId, cityId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));
    }

    [Theory]
    [InlineData("admin", false, true)]
    [InlineData("admin", true, true)]
    [InlineData("admin who is also Krakow staff", true, true)]
    [InlineData("Bonn staff", false, true)]
    [InlineData("Bonn staff", true, true)]
    [InlineData("Lyon staff", false, true)]
    [InlineData("Lyon staff", true, true)]
    [InlineData("Krakow staff", false, true)]
    [InlineData("Krakow staff", true, false)]
    [InlineData("staff without a city", false, true)]
    [InlineData("staff without a city", true, false)]
    [InlineData("Bonn mayor's office", false, true)]
    [InlineData("Bonn mayor's office", true, true)]
    [InlineData("Lyon mayor's office", true, true)]
    [InlineData("Krakow mayor's office", false, true)]
    [InlineData("Krakow mayor's office", true, false)]
    [InlineData("user without city or role", false, true)]
    [InlineData("user without city or role", true, false)]
    public void Who_may_read_a_partnership_between_Bonn_and_Lyon(string user, bool isInternal, bool expected)
    {
        var access = _users[user];
        var partnership = NewPartnership(isInternal);

        Assert.Equal(expected, access.CanRead(partnership.CityId, partnership.PartnerCityId, partnership.IsInternal));
        Assert.Equal(expected, access.Readable().Compile()(partnership));
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("admin who is also Krakow staff", true)]
    [InlineData("Bonn staff", true)]
    [InlineData("Lyon staff", true)]
    [InlineData("Krakow staff", false)]
    [InlineData("staff without a city", false)]
    [InlineData("Bonn mayor's office", false)]
    [InlineData("Lyon mayor's office", false)]
    [InlineData("Krakow mayor's office", false)]
    [InlineData("user without city or role", false)]
    public void Who_may_change_a_partnership_between_Bonn_and_Lyon(string user, bool expected)
    {
        var access = _users[user];

        Assert.Equal(expected, access.CanChange(Bonn, Lyon));
        Assert.Equal(expected, access.CanChange(Lyon, Bonn));
    }

    [Theory]
    [InlineData("admin", false)]
    [InlineData("admin who is also Krakow staff", true)]
    [InlineData("Bonn staff", true)]
    [InlineData("Krakow staff", true)]
    [InlineData("staff without a city", false)]
    [InlineData("Bonn mayor's office", false)]
    [InlineData("user without city or role", false)]
    public void Who_may_log_a_new_partnership(string user, bool expected)
    {
        Assert.Equal(expected, _users[user].CanCreate);
    }

    [Theory]
    [MemberData(nameof(EveryUserAndRecord))]
    public void The_query_filter_shows_exactly_the_records_the_user_may_read(string user, bool isInternal, int cityId,
        int partnerCityId)
    {
        var access = _users[user];
        var partnership = NewPartnership(isInternal, cityId, partnerCityId);

        Assert.Equal(access.CanRead(cityId, partnerCityId, isInternal), access.Readable().Compile()(partnership));
    }

    [Theory]
    [MemberData(nameof(Users))]
    public void Everyone_reads_records_that_are_not_internal(string user)
    {
        var access = _users[user];

        Assert.True(access.CanRead(Lyon, Krakow, isInternal: false));
        Assert.True(access.Readable().Compile()(NewPartnership(isInternal: false, Lyon, Krakow)));
    }

    [Fact]
    public void A_list_filtered_for_a_city_keeps_the_public_records_and_its_own_internal_ones()
    {
        var publicBonnLyon = NewPartnership(isInternal: false, Bonn, Lyon);
        var internalBonnLyon = NewPartnership(isInternal: true, Bonn, Lyon);
        var internalLyonKrakow = NewPartnership(isInternal: true, Lyon, Krakow);
        var internalKrakowBonn = NewPartnership(isInternal: true, Krakow, Bonn);
        var all = new[] { publicBonnLyon, internalBonnLyon, internalLyonKrakow, internalKrakowBonn };

        var seenByBonnStaff = all.AsQueryable().Where(_users["Bonn staff"].Readable()).ToList();
        var seenByAdmin = all.AsQueryable().Where(_users["admin"].Readable()).ToList();
        var seenByNobody = all.AsQueryable().Where(_users["user without city or role"].Readable()).ToList();

        Assert.Equal([publicBonnLyon, internalBonnLyon, internalKrakowBonn], seenByBonnStaff);
        Assert.Equal(all, seenByAdmin);
        Assert.Equal([publicBonnLyon], seenByNobody);
    }

    [Fact]
    public void On_the_partner_search_board_staff_post_and_answer_others_admins_moderate_and_mayors_offices_only_read()
    {
        var bonnStaff = new Viewer(Bonn, IsAdmin: false, IsStaff: true);
        var bonnMayor = new Viewer(Bonn, IsAdmin: false, IsStaff: false);
        var admin = new Viewer(null, IsAdmin: true, IsStaff: false);

        Assert.Equal((true, false, true, true, false), (bonnStaff.CanPostPartnerSearch, bonnStaff.CanReplyToPartnerSearchOf(Bonn),
            bonnStaff.CanReplyToPartnerSearchOf(Lyon), bonnStaff.CanChangePartnerSearchOf(Bonn), bonnStaff.CanChangePartnerSearchOf(Lyon)));
        Assert.Equal((false, false, false, false, true), (bonnMayor.CanPostPartnerSearch, bonnMayor.CanReplyToPartnerSearchOf(Lyon),
            bonnMayor.CanChangePartnerSearchOf(Bonn), bonnMayor.CanModeratePartnerSearches, bonnMayor.CanReadAllRepliesOf(Bonn)));
        Assert.False(bonnStaff.CanReadAllRepliesOf(Lyon));
        Assert.Equal((false, false, true, true), (admin.CanPostPartnerSearch, admin.CanChangePartnerSearchOf(Bonn), admin.CanModeratePartnerSearches,
            admin.CanReadAllRepliesOf(Lyon)));
    }

    [Fact]
    public void An_admin_is_recognised_from_the_role_claim()
    {
        var access = Viewer.From(User(cityId: null, Roles.AssociationAdmin));

        Assert.Equal(new Viewer(CityId: null, IsAdmin: true, IsStaff: false), access);
    }

    [Fact]
    public void Staff_are_recognised_with_their_city()
    {
        var access = Viewer.From(User(cityId: "1", Roles.InternationalAffairsStaff));

        Assert.Equal(new Viewer(CityId: Bonn, IsAdmin: false, IsStaff: true), access);
    }

    [Fact]
    public void A_mayors_office_is_recognised_with_its_city_but_not_as_staff()
    {
        var access = Viewer.From(User(cityId: "3", Roles.MayorsOffice));

        Assert.Equal(new Viewer(CityId: Krakow, IsAdmin: false, IsStaff: false), access);
    }

    [Fact]
    public void A_user_without_role_or_city_claims_has_no_special_rights()
    {
        var access = Viewer.From(User(cityId: null));

        Assert.Equal(new Viewer(CityId: null, IsAdmin: false, IsStaff: false), access);
    }

    [Fact]
    public void A_user_with_several_roles_gets_the_rights_of_each()
    {
        var access = Viewer.From(User(cityId: "2", Roles.AssociationAdmin, Roles.InternationalAffairsStaff));

        Assert.Equal(new Viewer(CityId: Lyon, IsAdmin: true, IsStaff: true), access);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bonn")]
    [InlineData("-1")]
    [InlineData(" 1")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    public void A_city_claim_that_is_not_a_city_id_gives_no_city(string cityId)
    {
        var access = Viewer.From(User(cityId, Roles.InternationalAffairsStaff));

        Assert.Null(access.CityId);
        Assert.False(access.CanCreate);
        Assert.False(access.CanChange(Bonn, Lyon));
    }

    [Fact]
    public void Role_names_from_other_systems_give_no_rights()
    {
        var access = Viewer.From(User(cityId: "1", "Admin", "associationadmin", "Staff"));

        Assert.False(access.IsAdmin);
        Assert.False(access.IsStaff);
        Assert.False(access.CanRead(Lyon, Krakow, isInternal: true));
    }

    [Fact]
    public void A_mayors_office_signed_in_with_claims_reads_its_citys_internal_records_but_changes_nothing()
    {
        var access = Viewer.From(User(cityId: "2", Roles.MayorsOffice));
        var internalRecord = NewPartnership(isInternal: true, Bonn, Lyon);

        Assert.True(access.Readable().Compile()(internalRecord));
        Assert.True(access.CanRead(Bonn, Lyon, isInternal: true));
        Assert.False(access.CanChange(Bonn, Lyon));
        Assert.False(access.CanCreate);
    }

    [Fact]
    public void Staff_signed_in_with_claims_change_their_citys_partnerships_only()
    {
        var access = Viewer.From(User(cityId: "1", Roles.InternationalAffairsStaff));

        Assert.True(access.CanChange(Lyon, Bonn));
        Assert.False(access.CanChange(Lyon, Krakow));
        Assert.False(access.Readable().Compile()(NewPartnership(isInternal: true, Lyon, Krakow)));
        Assert.True(access.CanCreate);
    }
}
