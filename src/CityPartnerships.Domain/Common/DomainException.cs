namespace CityPartnerships.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> is stable and is what the portal translates for the user;
/// <see cref="ParamName"/> names the input the rule is about, so a form can show the message next to that field.
/// </summary>
public sealed class DomainException(string code, string message, string? paramName = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? ParamName { get; } = paramName;
}
