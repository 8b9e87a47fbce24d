using CityPartnerships.Web.Features;

namespace CityPartnerships.Web.Pages;

/// <summary>
/// How pages answer a change: a message shown once on the next page (post/redirect/get), the refused change shown in
/// the form, or the status page for a record the user may not see or change.
/// </summary>
public static class PageFeedback
{
    /// <summary>TempData keys read by Shared/_StatusMessage.cshtml.</summary>
    public const string SuccessKey = "StatusMessage";
    public const string ErrorKey = "ErrorMessage";

    public static void ShowSuccess(this PageModel page, string message) => page.TempData[SuccessKey] = message;

    public static void ShowError(this PageModel page, string message) => page.TempData[ErrorKey] = message;

    /// <summary>404 for a record the user may not know of, 403 for one they may read but not change; null otherwise.</summary>
    public static IActionResult? Refusal(this PageModel page, ChangeOutcome outcome) => outcome switch
    {
        ChangeOutcome.NotFound => page.NotFound(),
        ChangeOutcome.Forbidden => page.Forbid(),
        _ => null,
    };

    /// <summary>
    /// A refused change in the form: each broken rule next to its field; after someone else's save, a warning and
    /// their version, so that saving again overwrites their change on purpose.
    /// </summary>
    public static void ShowInForm(this PageModel page, ChangeResult result, IStringLocalizer localizer, IVersionedInput? input = null)
    {
        foreach (var error in result.Errors)
        {
            page.ModelState.AddDomainError(error, localizer);
        }

        if (result.Outcome == ChangeOutcome.Conflict && input is not null)
        {
            page.ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
            page.ModelState.Remove($"Input.{nameof(IVersionedInput.Version)}");
            input.Version = result.CurrentVersion!.Value;
        }
    }

    /// <summary>A change without a form (confirm, end, delete): the outcome as a message on the page redirected to.</summary>
    public static void ShowOutcome(this PageModel page, ChangeResult result, IStringLocalizer localizer, string successKey)
    {
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                page.ShowSuccess(localizer[successKey]);
                break;
            case ChangeOutcome.Gone:
                page.ShowError(localizer["Error.DeletedMeanwhile"]);
                break;
            case ChangeOutcome.Conflict:
                page.ShowError(localizer["Error.Concurrency"]);
                break;
            default:
                page.ShowError(string.Join(" ", result.Errors.Select(error => DomainErrors.Message(error, localizer))));
                break;
        }
    }
}

/// <summary>An edit form that carries the version of the record the user started from.</summary>
public interface IVersionedInput
{
    uint Version { get; set; }
}
