namespace CityPartnerships.Domain.Common;

internal static class Guard
{
    public static string RequiredText(string? value, int maxLength, RequiredTextCodes codes, string paramName)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(codes.Required, $"{paramName} is required.", paramName);
        }

        return MaxLength(trimmed, maxLength, codes.TooLong, paramName);
    }

    public static string? OptionalText(string? value, int maxLength, OptionalTextCodes codes, string paramName)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, maxLength, codes.TooLong, paramName);
    }

    /// <summary>
    /// A name others will see in lists, maps and spreadsheets: refused when it holds control characters or
    /// bidirectional overrides (which make a name read differently from what it is), angle brackets (markup), or starts
    /// with a character a spreadsheet runs as a formula ("=HYPERLINK(...)"). Null and empty pass; length is checked apart.
    /// </summary>
    public static string? PlainText(string? value, PlainTextCodes codes, string paramName)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Any(IsInvisible))
        {
            throw new DomainException(codes.Invisible, $"{paramName} contains control or text-direction characters.", paramName);
        }

        if (value.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new DomainException(codes.Markup, $"{paramName} contains < or >.", paramName);
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            throw new DomainException(codes.FormulaStart, $"{paramName} starts with {value[0]}.", paramName);
        }

        return value;
    }

    /// <summary>Control characters (tabs, line breaks, NUL, ...) and the bidirectional embeddings, overrides and isolates.</summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static T Defined<T>(T value, string code, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException(code, $"{paramName} has an unknown value '{value}'.", paramName);
        }

        return value;
    }

    private static string MaxLength(string value, int maxLength, string tooLongCode, string paramName)
    {
        if (value.Length > maxLength)
        {
            throw new DomainException(tooLongCode, $"{paramName} is longer than {maxLength} characters.", paramName);
        }

        return value;
    }
}
