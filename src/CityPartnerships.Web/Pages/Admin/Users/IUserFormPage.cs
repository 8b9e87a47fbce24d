namespace CityPartnerships.Web.Pages.Admin.Users;

/// <summary>What the shared form fields need from the create and edit pages.</summary>
public interface IUserFormPage
{
    UserInput Input { get; }

    IReadOnlyList<SelectListItem> RoleOptions { get; }

    IReadOnlyList<SelectListItem> CityOptions { get; }
}
