using System.Globalization;
using System.Text.RegularExpressions;

namespace CityPartnerships.Domain.Common;

/// <summary>How much of a date a register knows: most twinnings are known by their year only.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}

/// <summary>
/// A day, a month or a year, as registers know their dates ("since 1988", "May 1988", "12 May 1988"). It is stored
/// as its first day and its precision, so it sorts with full dates: 1988 sorts before 12 May 1988.
/// </summary>
public readonly partial record struct PartialDate
{
    public const int MinYear = 1000;
    public const int MaxYear = 2999;

    private PartialDate(DateOnly first, DatePrecision precision) => (First, Precision) = (first, precision);

    /// <summary>The first day the date can mean: 1 January for a year, the 1st for a month.</summary>
    public DateOnly First { get; }

    public DatePrecision Precision { get; }

    /// <summary>The last day the date can mean: 31 December for a year, the month's last day for a month.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Year => new DateOnly(First.Year, 12, 31),
        DatePrecision.Month => First.AddMonths(1).AddDays(-1),
        _ => First,
    };

    public int Year => First.Year;

    public static PartialDate OfYear(int year) => new(new DateOnly(CheckedYear(year), 1, 1), DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(new DateOnly(CheckedYear(year), month, 1), DatePrecision.Month);

    /// <summary>A full date is a day: code that has a <see cref="DateOnly"/> passes it where a partial date is asked for.</summary>
    public static implicit operator PartialDate(DateOnly day) => OfDay(day);

    public static PartialDate OfDay(DateOnly day) => new(new DateOnly(CheckedYear(day.Year), day.Month, day.Day), DatePrecision.Day);

    /// <summary>The date a stored first day and precision stand for; a first day that does not start its period is cut to it.</summary>
    public static PartialDate FromStored(DateOnly first, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new(new DateOnly(first.Year, 1, 1), precision),
        DatePrecision.Month => new(new DateOnly(first.Year, first.Month, 1), precision),
        _ => new(first, DatePrecision.Day),
    };

    /// <summary>The date a stored first day (if any) and precision stand for.</summary>
    public static PartialDate? FromStored(DateOnly? first, DatePrecision precision) => first is { } day ? FromStored(day, precision) : null;

    /// <summary>True when this date cannot be earlier than <paramref name="other"/>: 1988 is not before 12 May 1988.</summary>
    public bool IsNotBefore(PartialDate other) => Last >= other.First;

    /// <summary>
    /// Reads a date as people write it: "1988"; a month as "05/1988", "5.1988", "1988-05", "Mai 1988" or "May 1988";
    /// a day as ISO "1988-05-12", German "12.05.1988", or with slashes when the order is clear ("13/05/1988",
    /// "05/13/1988"). "05/06/1988" could be 5 June or 6 May: it is refused rather than guessed, as are two-digit years.
    /// A time of midnight after a day (as spreadsheets export dates) is ignored.
    /// </summary>
    /// <param name="text">What the user or the file wrote.</param>
    /// <param name="date">The date read, when it could be.</param>
    /// <param name="errorCode">A code of ErrorCodes.DateText when the text is not a date.</param>
    public static bool TryParse(string? text, out PartialDate date, out string? errorCode)
    {
        date = default;
        errorCode = null;
        var trimmed = MidnightSuffix().Replace(text?.Trim() ?? string.Empty, string.Empty);
        if (trimmed.Length == 0)
        {
            errorCode = ErrorCodes.DateText.Unreadable;
            return false;
        }

        if (TwoDigitYear().IsMatch(trimmed))
        {
            errorCode = ErrorCodes.DateText.TwoDigitYear;
            return false;
        }

        int? year = null, month = null, day = null;
        if (YearOnly().Match(trimmed) is { Success: true } y)
        {
            year = Number(y, "year");
        }
        else if (IsoDay().Match(trimmed) is { Success: true } iso)
        {
            (year, month, day) = (Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }
        else if (IsoMonth().Match(trimmed) is { Success: true } isoMonth)
        {
            (year, month) = (Number(isoMonth, "year"), Number(isoMonth, "month"));
        }
        else if (DottedDay().Match(trimmed) is { Success: true } dotted)
        {
            (year, month, day) = (Number(dotted, "year"), Number(dotted, "month"), Number(dotted, "day"));
        }
        else if (NumericMonth().Match(trimmed) is { Success: true } numericMonth)
        {
            (year, month) = (Number(numericMonth, "year"), Number(numericMonth, "month"));
        }
        else if (SlashedDay().Match(trimmed) is { Success: true } slashed)
        {
            var (first, second) = (Number(slashed, "first"), Number(slashed, "second"));
            year = Number(slashed, "year");
            if (first <= 12 && second <= 12 && first != second)
            {
                errorCode = ErrorCodes.DateText.AmbiguousDayMonth;
                return false;
            }

            (day, month) = first > 12 ? (first, second) : (second, first);
        }
        else if (NamedMonth().Match(trimmed) is { Success: true } named && MonthNumber(named.Groups["name"].Value) is { } number)
        {
            (year, month) = (Number(named, "year"), number);
        }

        if (year is null)
        {
            errorCode = ErrorCodes.DateText.Unreadable;
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            errorCode = ErrorCodes.DateText.YearOutOfRange;
            return false;
        }

        if (month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year.Value, month!.Value))))
        {
            errorCode = ErrorCodes.DateText.NoSuchDay;
            return false;
        }

        date = (month, day) switch
        {
            (null, _) => OfYear(year.Value),
            ({ } m, null) => OfMonth(year.Value, m),
            ({ } m, { } dd) => OfDay(new DateOnly(year.Value, m, dd)),
        };
        return true;
    }

    /// <summary>The text the import and export write and read back: "1988", "1988-05" or "1988-05-12".</summary>
    public string ToIsoText() => Precision switch
    {
        DatePrecision.Year => First.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIsoText();

    private static int CheckedYear(int year) => year is < MinYear or > MaxYear
        ? throw new DomainException(ErrorCodes.DateText.YearOutOfRange, $"The year must be between {MinYear} and {MaxYear}.")
        : year;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // English and German month names and their abbreviations, with or without a full stop ("Mai", "Sept.", "March").
    private static int? MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        foreach (var culture in _monthCultures)
        {
            var format = culture.DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                if (string.Equals(format.MonthNames[i], key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(format.AbbreviatedMonthNames[i].TrimEnd('.'), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(format.MonthGenitiveNames[i], key, StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }
        }

        return key.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : null;
    }

    private static readonly CultureInfo[] _monthCultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("de")];

    [GeneratedRegex(@"^(?<year>\d{4})$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^(?<year>\d{4})[-/](?<month>\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.\s?(?<month>\d{1,2})\.\s?(?<year>\d{4})$")]
    private static partial Regex DottedDay();

    [GeneratedRegex(@"^(?<month>\d{1,2})\s?[./-]\s?(?<year>\d{4})$")]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"^(?<first>\d{1,2})[/-](?<second>\d{1,2})[/-](?<year>\d{4})$")]
    private static partial Regex SlashedDay();

    [GeneratedRegex(@"^(?<name>\p{L}+\.?)\s+(?<year>\d{4})$")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^(\d{1,2}[./-]\d{1,2}[./-]\d{2}|\d{1,2}[./-]\d{2})$")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"[ T]00:00(:00(\.0+)?)?$")]
    private static partial Regex MidnightSuffix();
}
