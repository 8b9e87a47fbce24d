namespace CityPartnerships.Domain.Common;

internal static class Guard
{
    public static string RequiredText(string? value, int maxLength, string code, string paramName)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{code}.Required", $"{paramName} is required.", paramName);
        }

        return MaxLength(trimmed, maxLength, code, paramName);
    }

    public static string? OptionalText(string? value, int maxLength, string code, string paramName)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, maxLength, code, paramName);
    }

    public static T Defined<T>(T value, string code, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException(code, $"{paramName} has an unknown value '{value}'.", paramName);
        }

        return value;
    }

    private static string MaxLength(string value, int maxLength, string code, string paramName)
    {
        if (value.Length > maxLength)
        {
            throw new DomainException($"{code}.TooLong", $"{paramName} is longer than {maxLength} characters.", paramName);
        }

        return value;
    }
}
