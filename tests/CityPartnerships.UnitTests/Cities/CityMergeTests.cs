using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Cities;

public class CityMergeTests
{
    private const int Duplicate = 1;
    private const int Target = 2;
    private const int Bonn = 10;
    private const int Lyon = 11;

    [Fact]
    public void Partnerships_with_other_cities_move_without_conflict()
    {
        var conflicts = CityMerge.Conflicts(Duplicate, Target,
            [new(100, Bonn, Duplicate, PartnershipKind.Twinning, false)],
            [new(200, Lyon, Target, PartnershipKind.Twinning, false)]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void A_partnership_between_the_duplicate_and_the_place_would_link_the_place_to_itself()
    {
        var conflicts = CityMerge.Conflicts(Duplicate, Target,
            [new(100, Duplicate, Target, PartnershipKind.Friendship, false)],
            [new(100, Duplicate, Target, PartnershipKind.Friendship, false)]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(new MergeConflict(MergeConflictKind.SelfPartnership, 100, null), conflict);
    }

    [Fact]
    public void A_deleted_partnership_with_the_place_is_a_conflict_too_as_it_could_not_be_restored()
    {
        var conflicts = CityMerge.Conflicts(Duplicate, Target, [new(100, Target, Duplicate, PartnershipKind.Twinning, true)], []);

        Assert.Equal(MergeConflictKind.SelfPartnership, Assert.Single(conflicts).Kind);
    }

    [Theory]
    [InlineData(PartnershipKind.Twinning, true)]
    [InlineData(PartnershipKind.Friendship, false)]
    public void The_same_partner_and_kind_on_both_sides_is_a_duplicate_pair_whichever_city_logged_it(PartnershipKind targetKind, bool conflicts)
    {
        var found = CityMerge.Conflicts(Duplicate, Target,
            [new(100, Duplicate, Bonn, PartnershipKind.Twinning, false)],
            [new(200, Bonn, Target, targetKind, false)]);

        if (conflicts)
        {
            Assert.Equal(new MergeConflict(MergeConflictKind.DuplicatePair, 100, 200), Assert.Single(found));
        }
        else
        {
            Assert.Empty(found);
        }
    }

    [Fact]
    public void A_deleted_record_on_either_side_is_no_duplicate()
    {
        Assert.Empty(CityMerge.Conflicts(Duplicate, Target,
            [new(100, Duplicate, Bonn, PartnershipKind.Twinning, true)],
            [new(200, Bonn, Target, PartnershipKind.Twinning, false)]));
        Assert.Empty(CityMerge.Conflicts(Duplicate, Target,
            [new(100, Duplicate, Bonn, PartnershipKind.Twinning, false)],
            [new(200, Bonn, Target, PartnershipKind.Twinning, true)]));
    }
}
