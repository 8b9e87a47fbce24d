namespace CityPartnerships.Web.Authorization;

public static class Policies
{
    public const string AssociationAdmin = nameof(AssociationAdmin);

    /// <summary>International affairs staff with a city: may change their own city's records.</summary>
    public const string CityStaff = nameof(CityStaff);

    /// <summary>Staff import their own city's partnerships; admins any member city's, or an association's file.</summary>
    public const string Importer = nameof(Importer);

    /// <summary>Staff or mayor's office with a city: may read their own city's internal figures.</summary>
    public const string CityMember = nameof(CityMember);

    /// <summary>A city member (their own city's dashboard) or an admin (any member city's dashboard).</summary>
    public const string DashboardReader = nameof(DashboardReader);
}
