namespace CityPartnerships.Web.Paging;

/// <summary>View-data keys that change what the shared pager (Pages/Shared/_Pager.cshtml) shows.</summary>
public static class PagerOptions
{
    /// <summary>Set to true when the page states the number of entries itself: the pager then shows only the page number.</summary>
    public const string WithoutCount = "Pager.WithoutCount";
}
