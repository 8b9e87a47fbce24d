namespace CityPartnerships.Web.Authorization;

public static class RateLimitPolicies
{
    public const string Login = nameof(Login);
}
