using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>An admin reviews a submitted practice against the criteria and publishes it or asks its city for changes.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
public sealed class ReviewModel(BestPracticeQueries queries, BestPracticeChanges changes, PracticeMails mails, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public BestPracticeDetailsView Practice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await FormAsync(id, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, publish: true, cancellationToken);

    public Task<IActionResult> OnPostRequestChangesAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, publish: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, bool publish, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var criteria = new ReviewCriteria(Input.Relevance, Input.Evidence, Input.Transferability, Input.Completeness);
            var now = clock.GetUtcNow().UtcDateTime;
            var reviewer = User.GetDisplayName();
            var result = await changes.ChangeAsync(Viewer.From(User), id, PracticeChange.Review, p =>
            {
                if (publish)
                {
                    p.Publish(criteria, Input.Comment, reviewer, now);
                }
                else
                {
                    p.RequestChanges(criteria, Input.Comment, reviewer, now);
                }

                return Task.CompletedTask;
            }, cancellationToken);
            if (this.Refusal(result.Outcome) is { } refusal)
            {
                return refusal;
            }

            if (result.IsDone)
            {
                await mails.QueueReviewedAsync(id, publish ? ReviewDecision.Published : ReviewDecision.ChangesRequested, Input.Comment, cancellationToken);
                this.ShowSuccess(localizer[publish ? "BestPractice.PublishedMessage" : "BestPractice.ChangesRequestedMessage"]);
                return RedirectToPage("/Admin/BestPractices/Index");
            }

            this.ShowInForm(result, localizer);
        }

        return await FormAsync(id, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(int id, CancellationToken cancellationToken)
    {
        if (await queries.DetailsAsync(Viewer.From(User), id, ActionAreaNames.Language, cancellationToken) is not { } practice)
        {
            return NotFound();
        }

        if (practice.Status != BestPracticeStatus.Submitted)
        {
            this.ShowError(localizer["DomainError.BestPractice.ReviewNotSubmitted"]);
            return RedirectToPage("Details", new { id });
        }

        Practice = practice;
        return Page();
    }

    public sealed class ReviewInput
    {
        [Display(Name = "ReviewCriterion.Relevance")]
        public bool Relevance { get; set; }

        [Display(Name = "ReviewCriterion.Evidence")]
        public bool Evidence { get; set; }

        [Display(Name = "ReviewCriterion.Transferability")]
        public bool Transferability { get; set; }

        [Display(Name = "ReviewCriterion.Completeness")]
        public bool Completeness { get; set; }

        [StringLength(BestPracticeReview.CommentMaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.MultilineText)]
        [Display(Name = "BestPractice.ReviewComment")]
        public string? Comment { get; set; }
    }
}
