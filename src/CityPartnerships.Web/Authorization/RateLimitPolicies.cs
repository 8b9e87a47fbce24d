namespace CityPartnerships.Web.Authorization;

public static class RateLimitPolicies
{
    public const string Login = nameof(Login);

    /// <summary>Forms anyone may send without signing in that store or mail what they say (accessibility feedback).</summary>
    public const string AnonymousForms = nameof(AnonymousForms);
}
