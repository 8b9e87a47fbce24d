using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;

namespace CityPartnerships.UnitTests.Suggestions;

public class PartnerSearchTests
{
    private const int Leipzig = 1;
    private const int Duesseldorf = 2;
    private static readonly DateTime _now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly _today = DateOnly.FromDateTime(_now);

    [Fact]
    public void A_post_cannot_run_until_a_day_in_the_past_but_may_end_today()
    {
        DomainAssert.Throws(ErrorCodes.PartnerSearch.UntilInPast, () => Post(Details() with { Until = _today.AddDays(-1) }));

        Assert.Equal(_today, Post(Details() with { Until = _today }).Until);
    }

    [Fact]
    public void What_a_city_seeks_must_be_said()
    {
        DomainAssert.Throws(ErrorCodes.PartnerSearch.Text.Required, () => Post(Details() with { Text = "   " }));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.Text.TooLong, () => Post(Details() with { Text = new string('x', PartnerSearch.TextMaxLength + 1) }));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.KindInvalid, () => Post(Details() with { Kind = (PartnershipKind)99 }));
    }

    [Fact]
    public void A_country_sets_its_world_region_and_must_lie_in_a_region_chosen_with_it()
    {
        var post = Post(Details() with { Region = null, CountryCode = "zm" });

        Assert.Equal(("ZM", WorldRegion.Africa), (post.CountryCode, post.Region));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.CountryOutsideRegion, () => Post(Details() with { Region = WorldRegion.Asia, CountryCode = "ZM" }));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.CountryUnknown, () => Post(Details() with { CountryCode = "XX" }));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.RegionInvalid, () => Post(Details() with { Region = (WorldRegion)42 }));
    }

    [Fact]
    public void A_city_cannot_answer_its_own_post()
    {
        var post = Post(Details());

        DomainAssert.Throws(ErrorCodes.PartnerSearch.OwnPost, () => post.Reply(Leipzig, "We would like to.", "Lena Hoffmann", "lena@example.org", _now));
        Assert.Empty(post.Replies);
    }

    [Fact]
    public void Another_city_answers_an_open_post_with_a_valid_contact()
    {
        var post = Post(Details());

        var reply = post.Reply(Duesseldorf, " Gladly. ", "Daniel Berger", "daniel@example.org", _now);

        Assert.Equal(("Gladly.", Duesseldorf), (reply.Text, reply.CityId));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.ContactEmailInvalid, () => post.Reply(Duesseldorf, "Again", "Daniel", "daniel at example", _now));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.ContactName.Required, () => post.Reply(Duesseldorf, "Again", "", "daniel@example.org", _now));
    }

    [Fact]
    public void A_closed_hidden_or_expired_post_takes_no_answers()
    {
        var closed = Post(Details());
        closed.Close();
        var hidden = Post(Details());
        hidden.Hide("Names a private person.");
        var expired = Post(Details() with { Until = _today });

        DomainAssert.Throws(ErrorCodes.PartnerSearch.NotOpen, () => closed.Reply(Duesseldorf, "Hello", "Daniel", "d@example.org", _now));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.NotOpen, () => hidden.Reply(Duesseldorf, "Hello", "Daniel", "d@example.org", _now));
        DomainAssert.Throws(ErrorCodes.PartnerSearch.NotOpen, () => expired.Reply(Duesseldorf, "Hello", "Daniel", "d@example.org", _now.AddDays(1)));
        Assert.False(expired.IsOpenOn(_today.AddDays(1)));
    }

    [Fact]
    public void Hiding_needs_a_reason_and_showing_again_removes_it()
    {
        var post = Post(Details());

        DomainAssert.Throws(ErrorCodes.PartnerSearch.Reason.Required, () => post.Hide(" "));
        Assert.False(post.IsHidden);

        post.Hide("Advertises a private company.");
        Assert.Equal((true, "Advertises a private company.", false), (post.IsHidden, post.ModerationReason, post.IsOpenOn(_today)));

        post.Unhide();
        Assert.Equal((false, null, true), (post.IsHidden, post.ModerationReason, post.IsOpenOn(_today)));
    }

    [Fact]
    public void The_posting_city_edits_an_open_post_but_not_a_closed_one()
    {
        var post = Post(Details());

        post.Edit(Details() with { Kind = PartnershipKind.Friendship, Until = _today.AddDays(10) }, _now);
        Assert.Equal((PartnershipKind.Friendship, _today.AddDays(10)), (post.Kind, post.Until));

        post.Close();
        DomainAssert.Throws(ErrorCodes.PartnerSearch.Closed, () => post.Edit(Details(), _now));
    }

    private static PartnerSearchDetails Details() =>
        new(ActionAreaId: 3, Region: WorldRegion.Africa, CountryCode: null, PartnershipKind.ProjectPartnership, "Climate adaptation partner", _today.AddMonths(3));

    private static PartnerSearch Post(PartnerSearchDetails details) => new(Leipzig, details, "Lena Hoffmann", _now);
}
