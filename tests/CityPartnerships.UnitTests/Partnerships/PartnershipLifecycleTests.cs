using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Partnerships;

/// <summary>Marking a partnership internal, deleting it and restoring it.</summary>
public class PartnershipLifecycleTests
{
    private const int Bonn = 1;
    private const int Lyon = 2;

    private static readonly DateTime _createdAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _deletedAt = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    private static Partnership NewPartnership(int cityId = Bonn, int partnerCityId = Lyon,
        PartnershipKind kind = PartnershipKind.Twinning, PartnershipStatus status = PartnershipStatus.Active) =>
        new(cityId, partnerCityId, kind, status, new DateOnly(2010, 5, 1), null, "Schools and choirs.", _createdAt);

    private static Partnership Deleted(int cityId = Bonn, int partnerCityId = Lyon)
    {
        var partnership = NewPartnership(cityId, partnerCityId);
        partnership.Delete(_deletedAt);
        return partnership;
    }

    [Fact]
    public void A_new_partnership_is_neither_internal_nor_deleted()
    {
        var partnership = NewPartnership();

        Assert.False(partnership.IsInternal);
        Assert.False(partnership.IsDeleted);
        Assert.Null(partnership.DeletedAt);
    }

    [Fact]
    public void Marking_a_partnership_internal_hides_it_from_other_cities()
    {
        var partnership = NewPartnership();

        partnership.MarkInternal(true);

        Assert.True(partnership.IsInternal);
    }

    [Fact]
    public void Marking_an_internal_partnership_not_internal_makes_it_public_again()
    {
        var partnership = NewPartnership();
        partnership.MarkInternal(true);

        partnership.MarkInternal(false);

        Assert.False(partnership.IsInternal);
    }

    [Fact]
    public void Marking_a_partnership_internal_keeps_its_details()
    {
        var partnership = NewPartnership(Lyon, Bonn, PartnershipKind.Friendship, PartnershipStatus.Dormant);

        partnership.MarkInternal(true);

        Assert.Equal(Lyon, partnership.CityId);
        Assert.Equal(Bonn, partnership.PartnerCityId);
        Assert.Equal(PartnershipKind.Friendship, partnership.Kind);
        Assert.Equal(PartnershipStatus.Dormant, partnership.Status);
        Assert.Equal("Schools and choirs.", partnership.Description);
        Assert.False(partnership.IsDeleted);
    }

    [Fact]
    public void Deleting_a_partnership_records_when_it_was_deleted()
    {
        var partnership = NewPartnership();

        partnership.Delete(_deletedAt);

        Assert.True(partnership.IsDeleted);
        Assert.Equal(_deletedAt, partnership.DeletedAt);
    }

    [Fact]
    public void Deleting_a_partnership_keeps_its_details_so_it_can_be_restored()
    {
        var partnership = NewPartnership(Bonn, Lyon, PartnershipKind.Friendship, PartnershipStatus.Active);
        partnership.MarkInternal(true);

        partnership.Delete(_deletedAt);

        Assert.Equal(Bonn, partnership.CityId);
        Assert.Equal(Lyon, partnership.PartnerCityId);
        Assert.Equal(PartnershipKind.Friendship, partnership.Kind);
        Assert.Equal(PartnershipStatus.Active, partnership.Status);
        Assert.Equal("Schools and choirs.", partnership.Description);
        Assert.True(partnership.IsInternal);
    }

    [Fact]
    public void A_local_deletion_time_is_stored_in_utc()
    {
        var partnership = NewPartnership();
        var local = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Local);

        partnership.Delete(local);

        Assert.Equal(DateTimeKind.Utc, partnership.DeletedAt?.Kind);
        Assert.Equal(local.ToUniversalTime(), partnership.DeletedAt);
    }

    [Fact]
    public void A_deletion_time_of_unspecified_kind_is_refused_and_the_partnership_stays()
    {
        var partnership = NewPartnership();
        var unspecified = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Unspecified);

        DomainAssert.Throws("Time.NotUtc", () => partnership.Delete(unspecified));

        Assert.False(partnership.IsDeleted);
        Assert.Null(partnership.DeletedAt);
    }

    [Fact]
    public void Deleting_a_partnership_twice_is_refused_and_keeps_the_first_deletion_time()
    {
        var partnership = Deleted();

        DomainAssert.Throws("Partnership.AlreadyDeleted", () => partnership.Delete(_deletedAt.AddDays(1)));

        Assert.True(partnership.IsDeleted);
        Assert.Equal(_deletedAt, partnership.DeletedAt);
    }

    [Fact]
    public void Restoring_a_deleted_partnership_brings_it_back()
    {
        var partnership = Deleted();

        partnership.Restore();

        Assert.False(partnership.IsDeleted);
        Assert.Null(partnership.DeletedAt);
    }

    [Fact]
    public void Restoring_a_partnership_that_was_not_deleted_is_refused()
    {
        var partnership = NewPartnership();

        DomainAssert.Throws("Partnership.NotDeleted", partnership.Restore);

        Assert.False(partnership.IsDeleted);
    }

    [Fact]
    public void Restoring_a_partnership_twice_is_refused()
    {
        var partnership = Deleted();
        partnership.Restore();

        DomainAssert.Throws("Partnership.NotDeleted", partnership.Restore);
    }

    [Fact]
    public void A_restored_partnership_can_be_deleted_again()
    {
        var partnership = Deleted();
        partnership.Restore();
        var deletedAgainAt = _deletedAt.AddDays(30);

        partnership.Delete(deletedAgainAt);

        Assert.True(partnership.IsDeleted);
        Assert.Equal(deletedAgainAt, partnership.DeletedAt);
    }

    [Fact]
    public void A_deleted_partnership_does_not_block_logging_it_again()
    {
        var existing = Deleted(Bonn, Lyon);
        var candidate = NewPartnership(Bonn, Lyon);

        Assert.False(candidate.DuplicatesActive(existing));
        candidate.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Fact]
    public void A_deleted_partnership_logged_by_the_other_city_does_not_block_logging_it_again()
    {
        var existing = Deleted(Lyon, Bonn);
        var candidate = NewPartnership(Bonn, Lyon);

        Assert.False(candidate.DuplicatesActive(existing));
        candidate.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Fact]
    public void A_deleted_partnership_is_not_a_duplicate_of_an_active_one()
    {
        var existing = NewPartnership(Bonn, Lyon);
        var deleted = Deleted(Bonn, Lyon);

        Assert.False(deleted.DuplicatesActive(existing));
        deleted.EnsureNoActiveDuplicateAmong([existing]);
    }

    [Fact]
    public void Restoring_a_partnership_makes_it_count_as_a_duplicate_again()
    {
        var existing = Deleted(Bonn, Lyon);
        var candidate = NewPartnership(Bonn, Lyon);
        existing.Restore();

        Assert.True(candidate.DuplicatesActive(existing));
        DomainAssert.Throws("Partnership.DuplicateActive", () => candidate.EnsureNoActiveDuplicateAmong([existing]));
    }

    [Fact]
    public void An_active_duplicate_is_still_found_next_to_a_deleted_one()
    {
        var existing = new[] { Deleted(Bonn, Lyon), NewPartnership(Lyon, Bonn) };
        var candidate = NewPartnership(Bonn, Lyon);

        DomainAssert.Throws("Partnership.DuplicateActive", () => candidate.EnsureNoActiveDuplicateAmong(existing));
    }

    [Fact]
    public void An_internal_partnership_still_counts_as_a_duplicate()
    {
        var existing = NewPartnership(Bonn, Lyon);
        existing.MarkInternal(true);
        var candidate = NewPartnership(Bonn, Lyon);

        Assert.True(candidate.DuplicatesActive(existing));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(2, null, false)]
    [InlineData(null, 2, false)]
    [InlineData(13, 13, true)]
    [InlineData(13, 2, false)]
    public void An_ongoing_partnership_is_due_for_a_check_when_neither_confirmed_nor_active_for_a_year(
        int? monthsSinceConfirmed, int? monthsSinceActivity, bool due)
    {
        var now = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
        DateTime? confirmed = monthsSinceConfirmed is { } c ? now.AddMonths(-c) : null;
        DateOnly? activity = monthsSinceActivity is { } a ? DateOnly.FromDateTime(now.AddMonths(-a)) : null;

        Assert.Equal(due, Partnership.IsDueForVerification(PartnershipStatus.Active, confirmed, activity, now));
        Assert.False(Partnership.IsDueForVerification(PartnershipStatus.Ended, confirmed, activity, now));
    }
}
