using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Common;

public class PartialDateTests
{
    [Theory]
    [InlineData("1988", "1988", DatePrecision.Year)]
    [InlineData(" 1988 ", "1988", DatePrecision.Year)]
    [InlineData("05/1988", "1988-05", DatePrecision.Month)]
    [InlineData("5.1988", "1988-05", DatePrecision.Month)]
    [InlineData("1988-05", "1988-05", DatePrecision.Month)]
    [InlineData("Mai 1988", "1988-05", DatePrecision.Month)]
    [InlineData("May 1988", "1988-05", DatePrecision.Month)]
    [InlineData("Sept. 1988", "1988-09", DatePrecision.Month)]
    [InlineData("März 1988", "1988-03", DatePrecision.Month)]
    [InlineData("1988-05-12", "1988-05-12", DatePrecision.Day)]
    [InlineData("12.05.1988", "1988-05-12", DatePrecision.Day)]
    [InlineData("12.5.1988", "1988-05-12", DatePrecision.Day)]
    [InlineData("13/05/1988", "1988-05-13", DatePrecision.Day)]
    [InlineData("05/13/1988", "1988-05-13", DatePrecision.Day)]
    [InlineData("05/05/1988", "1988-05-05", DatePrecision.Day)]
    [InlineData("1988-05-12 00:00:00", "1988-05-12", DatePrecision.Day)]
    public void Dates_are_read_as_precisely_as_they_are_written(string text, string expected, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);
        Assert.Equal((expected, precision), (date.ToIsoText(), date.Precision));
    }

    [Theory]
    [InlineData("05/06/1988", ErrorCodes.DateText.AmbiguousDayMonth)]
    [InlineData("1/2/2001", ErrorCodes.DateText.AmbiguousDayMonth)]
    [InlineData("12.05.88", ErrorCodes.DateText.TwoDigitYear)]
    [InlineData("05/88", ErrorCodes.DateText.TwoDigitYear)]
    [InlineData("31.02.1988", ErrorCodes.DateText.NoSuchDay)]
    [InlineData("1988-13", ErrorCodes.DateText.NoSuchDay)]
    [InlineData("0988", ErrorCodes.DateText.YearOutOfRange)]
    [InlineData("around 1988", ErrorCodes.DateText.Unreadable)]
    [InlineData("Mayo 1988", ErrorCodes.DateText.Unreadable)]
    [InlineData("", ErrorCodes.DateText.Unreadable)]
    public void Dates_that_could_be_misread_are_refused_with_the_reason(string text, string expectedError)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Equal(expectedError, error);
    }

    [Fact]
    public void A_year_spans_from_its_first_to_its_last_day()
    {
        var year = PartialDate.OfYear(1988);

        Assert.Equal((new DateOnly(1988, 1, 1), new DateOnly(1988, 12, 31)), (year.First, year.Last));
        Assert.Equal(new DateOnly(1988, 2, 29), PartialDate.OfMonth(1988, 2).Last);
    }

    [Fact]
    public void A_stored_first_day_and_precision_give_the_same_date_back()
    {
        var month = PartialDate.OfMonth(1988, 5);

        Assert.Equal(month, PartialDate.FromStored(month.First, month.Precision));
        Assert.Equal(month, PartialDate.FromStored(new DateOnly(1988, 5, 17), DatePrecision.Month));
    }

    [Fact]
    public void A_partnership_keeps_the_precision_of_its_dates()
    {
        var partnership = new Partnership(1, 2, PartnershipKind.Twinning, PartnershipStatus.Ended, PartialDate.OfYear(1988),
            PartialDate.OfMonth(2001, 3), null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(PartialDate.OfYear(1988), partnership.Started);
        Assert.Equal(PartialDate.OfMonth(2001, 3), partnership.Ended);
        Assert.Equal(new DateOnly(1988, 1, 1), partnership.StartedOn);
    }

    [Fact]
    public void An_end_known_by_year_may_follow_a_start_known_by_day_in_that_year()
    {
        var partnership = new Partnership(1, 2, PartnershipKind.Twinning, PartnershipStatus.Ended, PartialDate.OfDay(new DateOnly(1988, 5, 12)),
            PartialDate.OfYear(1988), null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(PartialDate.OfYear(1988), partnership.Ended);
        DomainAssert.Throws(ErrorCodes.Partnership.EndBeforeStart, () => partnership.UpdateDetails(
            PartnershipKind.Twinning, PartnershipStatus.Ended, PartialDate.OfYear(1988), PartialDate.OfYear(1987), null));
    }
}
