using System.Net.Mail;

namespace CityPartnerships.Domain.Common;

public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // MailAddress accepts display-name forms such as "Name <a@b.c>"; only a bare address counts here.
        return MailAddress.TryCreate(value, out var parsed)
            && parsed.Address == value
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }
}
