using CityPartnerships.Domain.Capacity;
using CityPartnerships.Web.Features.Capacity;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Capacity;

/// <summary>Staff answer the self-assessment for their city; their last answers are filled in, so a new one only changes what changed.</summary>
[Authorize(Policy = Policies.CityStaff)]
public sealed class TakeModel(CapacityAssessments assessments, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The answer per question id; a question left out stays null and is reported.</summary>
    [BindProperty]
    public Dictionary<int, CapacityAnswerValue?> Answers { get; set; } = [];

    public IReadOnlyList<CapacityQuestionView> Questions { get; private set; } = [];

    public bool FilledFromLast { get; private set; }

    public static IReadOnlyList<CapacityAnswerValue> Choices { get; } = [CapacityAnswerValue.No, CapacityAnswerValue.Partly, CapacityAnswerValue.Yes];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        Questions = await assessments.QuestionsAsync(ActionAreaNames.Language, cancellationToken);
        if (await assessments.HistoryAsync(viewer, viewer.CityId!.Value, cancellationToken) is [var last, ..]
            && await assessments.ResultAsync(viewer, last.Id, ActionAreaNames.Language, cancellationToken) is { } lastResult)
        {
            var asked = Questions.Select(q => q.Id).ToHashSet();
            Answers = lastResult.Answers.Where(a => asked.Contains(a.QuestionId)).ToDictionary(a => a.QuestionId, a => (CapacityAnswerValue?)a.Value);
            FilledFromLast = Answers.Count > 0;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        Questions = await assessments.QuestionsAsync(ActionAreaNames.Language, cancellationToken);
        foreach (var question in Questions.Where(q => Answers.GetValueOrDefault(q.Id) is null && !ModelState.ContainsKey(FieldName(q.Id))))
        {
            ModelState.AddModelError(FieldName(question.Id), localizer["Capacity.AnswerRequired", question.Text]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var given = Answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!.Value);
        var (result, _) = await assessments.TakeAsync(viewer, given, User.GetDisplayName(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        if (!result.IsDone)
        {
            foreach (var error in result.Errors)
            {
                var key = error.ParamName is ['q', .. var id] ? $"Answers[{id}]" : string.Empty;
                ModelState.AddModelError(key, DomainErrors.Message(error, localizer));
            }

            return Page();
        }

        this.ShowSuccess(localizer["Capacity.Saved"]);
        return RedirectToPage("Index");
    }

    public static string FieldName(int questionId) => $"{nameof(Answers)}[{questionId}]";
}
