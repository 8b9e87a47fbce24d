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
