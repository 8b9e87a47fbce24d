namespace CityPartnerships.Web.Pages;

/// <summary>Pages that other pages link or redirect to, so that moving a page breaks the build rather than a link.</summary>
public static class PagePaths
{
    public const string Home = "/Index";
    public const string PartnershipList = "/Partnerships/Index";
    public const string PartnershipDetails = "/Partnerships/Details";
    public const string PartnershipCreate = "/Partnerships/Create";
    public const string MyCity = "/MyCity/Index";
    public const string Dashboard = "/Dashboard/Index";
    public const string AssociationOverview = "/Admin/Index";
    public const string Login = "/Account/Login";
    public const string LoginWithTwoFactor = "/Account/LoginWithTwoFactor";
    public const string AcceptInvitation = "/Account/AcceptInvitation";
    public const string ResetPassword = "/Account/ResetPassword";
    public const string ConfirmEmailChange = "/Account/ConfirmEmailChange";
    public const string MyAccount = "/Account/Manage/Index";
    public const string TwoFactorSetup = "/Account/Manage/TwoFactor";
    public const string UserEdit = "/Admin/Users/Edit";
    public const string PracticeDetails = "/BestPractices/Details";
    public const string PracticeEdit = "/BestPractices/Edit";
    public const string PracticeReview = "/BestPractices/Review";
    public const string Board = "/Board/Index";
    public const string BoardPost = "/Board/Details";

    /// <summary>Sections of the partnership details page, as URL fragments.</summary>
    public static class DetailsSection
    {
        public const string Activities = "activities";
        public const string Projects = "projects";
        public const string Contacts = "contacts";
        public const string Documents = "documents";
    }

    /// <summary>
    /// A local address (checked with Url.IsLocalUrl) as a redirect's Location header can carry it: characters outside
    /// ASCII and quotes percent-encoded, which a header cannot hold as they are.
    /// </summary>
    public static string ForRedirect(string localUrl)
    {
        var path = localUrl.StartsWith("~/", StringComparison.Ordinal) ? localUrl[1..] : localUrl;
        var uri = new Uri(new Uri("http://localhost"), path);
        return uri.PathAndQuery + uri.Fragment;
    }
}
