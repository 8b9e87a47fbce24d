using System.Reflection;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Partnerships;

public class PartnershipTests
{
    private const int Bonn = 1;
    private const int Lyon = 2;
    private const int Krakow = 3;

    private static readonly DateTime _createdAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _now = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly _start = new(2010, 5, 1);

    private static Partnership NewPartnership(int cityId = Bonn, int partnerCityId = Lyon,
        PartnershipKind kind = PartnershipKind.Twinning, PartnershipStatus status = PartnershipStatus.Active,
        DateOnly? startedOn = null, DateOnly? endedOn = null, string? description = null) =>
        new(cityId, partnerCityId, kind, status, startedOn, endedOn, description, _createdAt);

    /// <summary>A partnership in the given status; an ended one gets an end date, as the rules require.</summary>
    private static Partnership InStatus(PartnershipStatus status, int cityId = Bonn, int partnerCityId = Lyon,
        PartnershipKind kind = PartnershipKind.Twinning) =>
        NewPartnership(cityId, partnerCityId, kind, status, _start,
            status == PartnershipStatus.Ended ? new DateOnly(2020, 1, 1) : null);

    /// <summary>An action area as loaded from the database, where it has its key.</summary>
    private static ActionArea StoredActionArea(int id, string name)
    {
        var area = new ActionArea(name, $"{name} between cities.");
        typeof(ActionArea).GetProperty(nameof(ActionArea.Id), BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(area, id);
        return area;
    }

    [Fact]
    public void A_new_partnership_keeps_its_details()
    {
        var partnership = NewPartnership(Bonn, Lyon, PartnershipKind.Friendship, PartnershipStatus.Active, _start, null,
            "Exchanges of schools and choirs.");

        Assert.Equal(Bonn, partnership.CityId);
        Assert.Equal(Lyon, partnership.PartnerCityId);
        Assert.Equal(PartnershipKind.Friendship, partnership.Kind);
        Assert.Equal(PartnershipStatus.Active, partnership.Status);
        Assert.Equal(_start, partnership.StartedOn);
        Assert.Null(partnership.EndedOn);
        Assert.Equal("Exchanges of schools and choirs.", partnership.Description);
        Assert.Equal(_createdAt, partnership.CreatedAt);
        Assert.Null(partnership.LastVerifiedAt);
        Assert.Empty(partnership.ActionAreas);
    }

    [Fact]
    public void A_city_cannot_be_in_a_partnership_with_itself()
    {
        var exception = DomainAssert.Throws("Partnership.SameCity", () => NewPartnership(Bonn, Bonn));

        Assert.Equal("partnerCityId", exception.ParamName);
    }

    [Fact]
    public void A_partnership_involves_both_of_its_cities_and_no_other()
    {
        var partnership = NewPartnership(Bonn, Lyon);

        Assert.True(partnership.Involves(Bonn));
        Assert.True(partnership.Involves(Lyon));
        Assert.False(partnership.Involves(Krakow));
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var exception = DomainAssert.Throws("Partnership.Kind.Unknown", () => NewPartnership(kind: (PartnershipKind)99));

        Assert.Equal("kind", exception.ParamName);
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        var exception = DomainAssert.Throws("Partnership.Status.Unknown",
            () => NewPartnership(status: (PartnershipStatus)99));

        Assert.Equal("status", exception.ParamName);
    }

    [Fact]
    public void The_end_date_cannot_be_before_the_start_date()
    {
        var exception = DomainAssert.Throws("Partnership.EndBeforeStart",
            () => NewPartnership(status: PartnershipStatus.Ended, startedOn: _start, endedOn: _start.AddDays(-1)));

        Assert.Equal("endedOn", exception.ParamName);
    }

    [Fact]
    public void A_partnership_may_end_on_the_day_it_started()
    {
        var partnership = NewPartnership(status: PartnershipStatus.Ended, startedOn: _start, endedOn: _start);

        Assert.Equal(_start, partnership.StartedOn);
        Assert.Equal(_start, partnership.EndedOn);
    }

    [Fact]
    public void An_ended_partnership_needs_an_end_date()
    {
        var exception = DomainAssert.Throws("Partnership.EndedWithoutDate",
            () => NewPartnership(status: PartnershipStatus.Ended, startedOn: _start, endedOn: null));

        Assert.Equal("endedOn", exception.ParamName);
    }

    [Theory]
    [InlineData(PartnershipStatus.Proposed)]
    [InlineData(PartnershipStatus.Active)]
    [InlineData(PartnershipStatus.Dormant)]
    public void Only_an_ended_partnership_has_an_end_date(PartnershipStatus status)
    {
        var exception = DomainAssert.Throws("Partnership.EndDateWhileOngoing",
            () => NewPartnership(status: status, startedOn: _start, endedOn: new DateOnly(2020, 1, 1)));

        Assert.Equal("endedOn", exception.ParamName);
    }

    [Fact]
    public void Ending_a_partnership_sets_its_status_and_end_date_and_keeps_the_rest()
    {
        var partnership = NewPartnership(kind: PartnershipKind.Friendship, startedOn: _start, description: "Schools.");
        var endedOn = new DateOnly(2025, 12, 31);

        partnership.End(endedOn);

        Assert.Equal(PartnershipStatus.Ended, partnership.Status);
        Assert.Equal(endedOn, partnership.EndedOn);
        Assert.Equal(PartnershipKind.Friendship, partnership.Kind);
        Assert.Equal(_start, partnership.StartedOn);
        Assert.Equal("Schools.", partnership.Description);
    }

    [Fact]
    public void Ending_a_partnership_before_it_started_is_refused()
    {
        var partnership = NewPartnership(startedOn: _start);

        DomainAssert.Throws("Partnership.EndBeforeStart", () => partnership.End(_start.AddDays(-1)));
    }

    [Fact]
    public void The_description_is_trimmed()
    {
        var partnership = NewPartnership(description: "  Youth exchanges.  ");

        Assert.Equal("Youth exchanges.", partnership.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_description_is_stored_as_none(string? description)
    {
        var partnership = NewPartnership(description: description);

        Assert.Null(partnership.Description);
    }

    [Fact]
    public void A_description_of_the_maximum_length_is_accepted()
    {
        var description = new string('d', Partnership.DescriptionMaxLength);

        var partnership = NewPartnership(description: description);

        Assert.Equal(description, partnership.Description);
    }

    [Fact]
    public void A_description_longer_than_the_maximum_is_refused()
    {
        var description = new string('d', Partnership.DescriptionMaxLength + 1);

        var exception = DomainAssert.Throws("Partnership.Description.TooLong",
            () => NewPartnership(description: description));

        Assert.Equal("description", exception.ParamName);
    }

    [Fact]
    public void A_second_active_partnership_of_the_same_kind_between_the_same_cities_is_refused()
    {
        var existing = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);
        var candidate = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);

        Assert.True(candidate.DuplicatesActive(existing));
        var exception = DomainAssert.Throws("Partnership.DuplicateActive",
            () => candidate.EnsureNoActiveDuplicateAmong([existing]));
        Assert.Equal(nameof(Partnership.Kind), exception.ParamName);
    }

    [Fact]
    public void A_duplicate_is_refused_also_when_the_other_city_logged_the_existing_partnership()
    {
        var existing = NewPartnership(Lyon, Bonn, PartnershipKind.Twinning, PartnershipStatus.Active);
        var candidate = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);

        Assert.True(candidate.DuplicatesActive(existing));
        DomainAssert.Throws("Partnership.DuplicateActive", () => candidate.EnsureNoActiveDuplicateAmong([existing]));
    }

    [Fact]
    public void A_duplicate_is_found_among_several_existing_partnerships()
    {
        var existing = new[]
        {
            NewPartnership(Bonn, Lyon, PartnershipKind.Friendship, PartnershipStatus.Active),
            NewPartnership(Bonn, Krakow, PartnershipKind.Twinning, PartnershipStatus.Active),
            NewPartnership(Lyon, Bonn, PartnershipKind.Twinning, PartnershipStatus.Active),
        };
        var candidate = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);

        DomainAssert.Throws("Partnership.DuplicateActive", () => candidate.EnsureNoActiveDuplicateAmong(existing));
    }

    [Fact]
    public void Two_active_partnerships_of_different_kinds_between_the_same_cities_are_allowed()
    {
        var existing = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);
        var candidate = NewPartnership(Bonn, Lyon, PartnershipKind.ProjectPartnership, PartnershipStatus.Active);

        Assert.False(candidate.DuplicatesActive(existing));
        candidate.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Theory]
    [InlineData(PartnershipStatus.Active, PartnershipStatus.Dormant)]
    [InlineData(PartnershipStatus.Active, PartnershipStatus.Ended)]
    [InlineData(PartnershipStatus.Active, PartnershipStatus.Proposed)]
    [InlineData(PartnershipStatus.Dormant, PartnershipStatus.Active)]
    [InlineData(PartnershipStatus.Ended, PartnershipStatus.Active)]
    [InlineData(PartnershipStatus.Proposed, PartnershipStatus.Active)]
    [InlineData(PartnershipStatus.Proposed, PartnershipStatus.Proposed)]
    [InlineData(PartnershipStatus.Ended, PartnershipStatus.Ended)]
    public void Partnerships_that_are_not_both_active_are_not_duplicates(PartnershipStatus candidateStatus,
        PartnershipStatus existingStatus)
    {
        var existing = InStatus(existingStatus);
        var candidate = InStatus(candidateStatus);

        Assert.False(candidate.DuplicatesActive(existing));
        candidate.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Theory]
    [InlineData(Bonn, Krakow)]
    [InlineData(Krakow, Lyon)]
    [InlineData(Lyon, Krakow)]
    public void Active_partnerships_of_the_same_kind_between_other_cities_are_not_duplicates(int cityId,
        int partnerCityId)
    {
        var existing = NewPartnership(cityId, partnerCityId, PartnershipKind.Twinning, PartnershipStatus.Active);
        var candidate = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);

        Assert.False(candidate.DuplicatesActive(existing));
        candidate.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Fact]
    public void A_partnership_is_not_a_duplicate_of_itself()
    {
        var partnership = NewPartnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active);

        Assert.False(partnership.DuplicatesActive(partnership));
        partnership.EnsureNoActiveDuplicateAmong([partnership]);
    }

    [Fact]
    public void No_existing_partnerships_means_no_duplicate()
    {
        var candidate = NewPartnership();

        candidate.EnsureNoActiveDuplicateAmong([]);
    }

    [Theory]
    [InlineData(PartnershipStatus.Proposed)]
    [InlineData(PartnershipStatus.Active)]
    [InlineData(PartnershipStatus.Dormant)]
    public void An_ongoing_partnership_never_verified_needs_verification(PartnershipStatus status)
    {
        var partnership = InStatus(status);

        Assert.True(partnership.NeedsVerification(_now));
    }

    [Fact]
    public void A_partnership_verified_13_months_ago_needs_verification()
    {
        var partnership = NewPartnership();
        partnership.MarkVerified(_now.AddMonths(-13));

        Assert.True(partnership.NeedsVerification(_now));
    }

    [Fact]
    public void A_partnership_verified_a_month_ago_does_not_need_verification()
    {
        var partnership = NewPartnership();
        partnership.MarkVerified(_now.AddMonths(-1));

        Assert.False(partnership.NeedsVerification(_now));
    }

    [Fact]
    public void A_partnership_verified_just_under_12_months_ago_does_not_need_verification()
    {
        var partnership = NewPartnership();
        partnership.MarkVerified(_now.AddMonths(-12).AddMinutes(1));

        Assert.False(partnership.NeedsVerification(_now));
    }

    [Fact]
    public void An_ended_partnership_never_needs_verification()
    {
        var partnership = InStatus(PartnershipStatus.Ended);

        Assert.False(partnership.NeedsVerification(_now));
    }

    [Fact]
    public void The_verification_cutoff_is_twelve_months_before_now()
    {
        Assert.Equal(new DateTime(2025, 6, 15, 12, 0, 0, DateTimeKind.Utc), Partnership.VerificationCutoff(_now));
    }

    [Fact]
    public void Marking_a_partnership_verified_records_the_time()
    {
        var partnership = NewPartnership();
        var verifiedAt = _now.AddDays(-3);

        partnership.MarkVerified(verifiedAt);

        Assert.Equal(verifiedAt, partnership.LastVerifiedAt);
    }

    [Fact]
    public void A_local_verification_time_is_stored_in_utc()
    {
        var partnership = NewPartnership();
        var local = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Local);

        partnership.MarkVerified(local);

        Assert.Equal(DateTimeKind.Utc, partnership.LastVerifiedAt?.Kind);
        Assert.Equal(local.ToUniversalTime(), partnership.LastVerifiedAt);
    }

    [Fact]
    public void A_verification_time_of_unspecified_kind_is_refused()
    {
        var partnership = NewPartnership();
        var unspecified = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Unspecified);

        DomainAssert.Throws("Time.NotUtc", () => partnership.MarkVerified(unspecified));
        Assert.Null(partnership.LastVerifiedAt);
    }

    [Fact]
    public void A_creation_time_of_unspecified_kind_is_refused()
    {
        var unspecified = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

        DomainAssert.Throws("Time.NotUtc", () => new Partnership(Bonn, Lyon, PartnershipKind.Twinning,
            PartnershipStatus.Active, null, null, null, unspecified));
    }

    [Fact]
    public void Passing_the_same_action_area_twice_keeps_it_once()
    {
        var partnership = NewPartnership();
        var climate = new ActionArea("Climate action", "Working together on climate.");

        partnership.SetActionAreas([climate, climate]);

        Assert.Same(climate, Assert.Single(partnership.ActionAreas));
    }

    [Fact]
    public void Action_areas_with_the_same_id_are_kept_once()
    {
        var partnership = NewPartnership();
        var climate = StoredActionArea(7, "Climate action");
        var climateLoadedAgain = StoredActionArea(7, "Climate action");

        partnership.SetActionAreas([climate, climateLoadedAgain]);

        Assert.Equal(7, Assert.Single(partnership.ActionAreas).Id);
    }

    [Fact]
    public void Different_action_areas_are_all_kept()
    {
        var partnership = NewPartnership();
        var climate = StoredActionArea(1, "Climate action");
        var culture = StoredActionArea(2, "Culture");

        partnership.SetActionAreas([climate, culture]);

        Assert.Equal([1, 2], partnership.ActionAreas.Select(a => a.Id).Order());
    }

    [Fact]
    public void Setting_action_areas_replaces_the_previous_ones()
    {
        var partnership = NewPartnership();
        partnership.SetActionAreas([StoredActionArea(1, "Climate action"), StoredActionArea(2, "Culture")]);
        var youth = StoredActionArea(3, "Youth");

        partnership.SetActionAreas([youth]);

        Assert.Same(youth, Assert.Single(partnership.ActionAreas));
    }

    [Fact]
    public void Setting_no_action_areas_clears_them()
    {
        var partnership = NewPartnership();
        partnership.SetActionAreas([StoredActionArea(1, "Climate action")]);

        partnership.SetActionAreas([]);

        Assert.Empty(partnership.ActionAreas);
    }
}
