using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Suggestions;

namespace CityPartnerships.Web.Pages.Board;

/// <summary>
/// One post: other cities' staff answer it with a contact; its city's staff edit and close it; admins hide it with a
/// reason and show it again. Replies are shown as the board's rules allow (never another city's reply to a third city).
/// </summary>
public sealed class DetailsModel(PartnerSearchBoard board, PartnerSearchMails mails, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReplyInput Reply { get; set; } = new();

    [BindProperty]
    public HideInput Hide { get; set; } = new();

    public PartnerSearchView Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Reply = new ReplyInput
        {
            ContactName = User.GetDisplayName(),
            ContactEmail = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name,
        };
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken cancellationToken)
    {
        if (!Viewer.From(User).IsStaff)
        {
            // Before the form's checks: a mayor's office or an admin is refused, whatever it sent.
            return Forbid();
        }

        ModelState.Remove($"{nameof(Hide)}.{nameof(HideInput.Reason)}");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        var result = await board.ReplyAsync(Viewer.From(User), id, new PartnerSearchReplyInput(Reply.Text, Reply.ContactName, Reply.ContactEmail),
            cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        if (!result.IsDone)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddDomainError(error, localizer, nameof(Reply));
            }

            return await ShowAsync(id, cancellationToken);
        }

        await mails.QueueReplyAsync(id, cancellationToken);
        this.ShowSuccess(localizer["Board.ReplySent"]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken) =>
        Answer(id, await board.CloseAsync(Viewer.From(User), id, cancellationToken), "Board.ClosedMessage");

    public async Task<IActionResult> OnPostUnhideAsync(int id, CancellationToken cancellationToken) =>
        Answer(id, await board.UnhideAsync(Viewer.From(User), id, cancellationToken), "Board.UnhiddenMessage");

    public async Task<IActionResult> OnPostHideAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await board.HideAsync(Viewer.From(User), id, Hide.Reason, cancellationToken);
        if (result.Outcome == ChangeOutcome.Invalid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddDomainError(error, localizer, nameof(Hide));
            }

            return await ShowAsync(id, cancellationToken);
        }

        return Answer(id, result, "Board.HiddenMessage");
    }

    private IActionResult Answer(int id, ChangeResult result, string successKey)
    {
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, successKey);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await board.GetAsync(Viewer.From(User), id, ActionAreaNames.Language, cancellationToken) is not { } post)
        {
            return NotFound();
        }

        Post = post;
        return Page();
    }

    public sealed class ReplyInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(PartnerSearch.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.MultilineText)]
        [Display(Name = "Board.ReplyText")]
        public string? Text { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(PartnerSearch.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Board.ContactName")]
        public string? ContactName { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [System.ComponentModel.DataAnnotations.EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(Domain.Common.EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Board.ContactEmail")]
        public string? ContactEmail { get; set; }
    }

    public sealed class HideInput
    {
        [StringLength(PartnerSearch.ReasonMaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.MultilineText)]
        [Display(Name = "Board.HideReason")]
        public string? Reason { get; set; }
    }
}
