using CityPartnerships.Web.Features.Figures;
using CityPartnerships.Web.Pages.Partnerships;

namespace CityPartnerships.UnitTests.Figures;

public class MapAndPeriodTests
{
    [Fact]
    public void A_label_near_the_right_edge_is_written_to_the_left_of_its_marker_so_it_is_not_clipped()
    {
        var label = MapLabel.Place("Vladivostok", 350, 90, 9, "0 0 360 180");

        Assert.Equal("end", label.Anchor);
        Assert.True(label.X < 350);
    }

    [Fact]
    public void A_label_near_the_top_edge_goes_below_its_marker()
    {
        var label = MapLabel.Place("Tromsø", 100, 21, 9, "50 20 100 50");

        Assert.True(label.Y > 21);
    }

    [Fact]
    public void A_label_with_room_sits_above_right_of_its_marker()
    {
        var label = MapLabel.Place("Lyon", 100, 90, 9, "0 0 360 180");

        Assert.Equal("start", label.Anchor);
        Assert.True(label.X > 100 && label.Y < 90);
    }

    [Fact]
    public void The_pair_map_places_both_labels_inside_its_crop()
    {
        // Düsseldorf and Chongqing: the eastern label used to run off the map.
        var map = PairMap.For("Düsseldorf", 51.2, 6.8, "Chongqing", 29.6, 106.5)!;
        var box = map.ViewBox.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal("end", map.LabelB.Anchor);
        Assert.InRange(map.LabelB.X, box[0], box[0] + box[2]);
    }

    [Theory]
    [InlineData(null, null, 2017, 2026)]
    [InlineData(2000, 2005, 2000, 2005)]
    [InlineData(2010, 1990, 1981, 1990)]
    [InlineData(1800, 2026, 2017, 2026)]
    [InlineData(1950, 2026, 2017, 2026)]
    [InlineData(2020, 3000, 2020, 2026)]
    public void The_period_falls_back_to_the_last_ten_years_when_the_url_makes_no_sense(int? from, int? to, int expectedFrom, int expectedTo) =>
        Assert.Equal(new DashboardPeriod(expectedFrom, expectedTo), DashboardPeriod.For(from, to, 2026));
}
