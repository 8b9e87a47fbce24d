using System.Globalization;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>How projects look wherever they are listed: amounts, status badges, deadlines and the priority in words.</summary>
public static class ProjectDisplay
{
    /// <summary>"45,000 EUR" / "45.000 EUR"; cents only when there are any.</summary>
    public static string Amount(decimal amount, string currency) =>
        string.Format(CultureInfo.CurrentCulture, "{0:#,0.##} {1}", amount, currency);

    /// <summary>Bootstrap badge classes with AA contrast for each status.</summary>
    public static string StatusBadge(ProjectStatus status) => status switch
    {
        ProjectStatus.Applied => "text-bg-primary",
        ProjectStatus.Approved => "text-bg-success",
        ProjectStatus.Rejected => "text-bg-danger",
        ProjectStatus.Completed => "text-bg-secondary",
        _ => "text-bg-light border",
    };

    /// <summary>"Priority 75: fits your city's action areas · funding secured".</summary>
    public static string Priority(PriorityAssessment assessment, IStringLocalizer localizer, string? focusCityName = null) =>
        localizer["Project.PriorityLine", assessment.Score, Reasons(assessment, localizer, focusCityName)];

    /// <summary>
    /// The reasons in words, joined by " · ". Fit is with the viewer's own city's action areas, or with those of
    /// <paramref name="focusCityName"/> when the viewer has no city.
    /// </summary>
    public static string Reasons(PriorityAssessment assessment, IStringLocalizer localizer, string? focusCityName = null) =>
        assessment.Reasons.Count == 0
            ? localizer["PriorityReason.None"]
            : string.Join(" · ", assessment.Reasons.Select(reason => reason == PriorityReason.FitsCityActionAreas && focusCityName is not null
                ? localizer["PriorityReason.FitsNamedCityActionAreas", focusCityName].Value
                : localizer[$"PriorityReason.{reason}"].Value));
}
