using CityPartnerships.Web.Pages;

namespace CityPartnerships.Web.Authorization;

public static class Roles
{
    public const string AssociationAdmin = nameof(AssociationAdmin);
    public const string InternationalAffairsStaff = nameof(InternationalAffairsStaff);
    public const string MayorsOffice = nameof(MayorsOffice);

    public static IReadOnlyList<string> All { get; } = [AssociationAdmin, InternationalAffairsStaff, MayorsOffice];

    /// <summary>Staff and mayor's-office users work for one city; admins work for the association.</summary>
    public static bool BelongsToCity(string role) => role is InternationalAffairsStaff or MayorsOffice;

    /// <summary>The page each role lands on after signing in.</summary>
    public static string StartPage(string? role) => role switch
    {
        AssociationAdmin => PagePaths.AssociationOverview,
        InternationalAffairsStaff => PagePaths.MyCity,
        MayorsOffice => PagePaths.Dashboard,
        _ => PagePaths.Home,
    };
}
