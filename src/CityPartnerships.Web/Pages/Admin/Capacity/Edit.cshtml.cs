using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Web.Pages.Admin.Capacity;

/// <summary>
/// Admins add or edit a question of the self-assessment in both languages, with its recommendation and the solution
/// it comes from. Retiring a question stops asking it; past assessments keep their answers and scores.
/// </summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public int? QuestionId { get; private set; }

    public IReadOnlyList<SelectListItem> SolutionOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        QuestionId = id;
        if (id is { } questionId)
        {
            var question = await db.CapacityQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question is null)
            {
                return NotFound();
            }

            Input = new QuestionInput
            {
                Dimension = question.Dimension,
                Position = question.Position,
                Weight = question.Weight,
                Text = question.Text,
                GermanText = question.GermanText,
                Recommendation = question.Recommendation,
                GermanRecommendation = question.GermanRecommendation,
                SolutionSlug = question.SolutionSlug,
                IsRetired = question.IsRetired,
                Version = question.Version,
            };
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        QuestionId = id;
        CapacityQuestion? question = null;
        if (id is { } questionId && (question = await db.CapacityQuestions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken)) is null)
        {
            return NotFound();
        }

        if (Input.SolutionSlug is { Length: > 0 } slug && !await db.ContentPages.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError("Input.SolutionSlug", localizer["CapacityAdmin.SolutionUnknown"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        try
        {
            var (dimension, position, weight) = (Input.Dimension!.Value, Input.Position!.Value, Input.Weight!.Value);
            if (question is null)
            {
                question = new CapacityQuestion(dimension, position, weight, Input.Text ?? string.Empty, Input.GermanText ?? string.Empty,
                    Input.Recommendation ?? string.Empty, Input.GermanRecommendation ?? string.Empty, Input.SolutionSlug);
                db.CapacityQuestions.Add(question);
            }
            else
            {
                question.Update(dimension, position, weight, Input.Text ?? string.Empty, Input.GermanText ?? string.Empty,
                    Input.Recommendation ?? string.Empty, Input.GermanRecommendation ?? string.Empty, Input.SolutionSlug);
                db.Entry(question).Property(q => q.Version).OriginalValue = Input.Version;
            }

            question.Retire(Input.IsRetired);
            await db.SaveChangesAsync(cancellationToken);
            this.ShowSuccess(localizer["CapacityAdmin.Saved"]);
            return RedirectToPage("Index");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
            ModelState.Remove("Input.Version");
            Input.Version = await db.CapacityQuestions.AsNoTracking().Where(q => q.Id == id).Select(q => q.Version).SingleAsync(cancellationToken);
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var german = ActionAreaNames.Language == PortalCultures.German;
        var pages = await db.ContentPages.AsNoTracking().OrderBy(p => p.Position)
            .Select(p => new { p.Slug, Title = german ? p.GermanTitle : p.Title }).ToListAsync(cancellationToken);
        SolutionOptions = [.. pages.Select(p => new SelectListItem(p.Title, p.Slug))];
    }

    public sealed class QuestionInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "CapacityAdmin.Dimension")]
        public CapacityDimension? Dimension { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(0, CapacityQuestion.MaxPosition, ErrorMessage = "Validation.Range")]
        [Display(Name = "CapacityAdmin.Position")]
        public int? Position { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(CapacityQuestion.MinWeight, CapacityQuestion.MaxWeight, ErrorMessage = "Validation.Range")]
        [Display(Name = "CapacityAdmin.Weight")]
        public int? Weight { get; set; } = 1;

        [StringLength(CapacityQuestion.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "CapacityAdmin.TextEnglish")]
        public string? Text { get; set; }

        [StringLength(CapacityQuestion.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "CapacityAdmin.TextGerman")]
        public string? GermanText { get; set; }

        [StringLength(CapacityQuestion.RecommendationMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "CapacityAdmin.RecommendationEnglish")]
        public string? Recommendation { get; set; }

        [StringLength(CapacityQuestion.RecommendationMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "CapacityAdmin.RecommendationGerman")]
        public string? GermanRecommendation { get; set; }

        [StringLength(CapacityQuestion.SolutionSlugMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "CapacityAdmin.Solution")]
        public string? SolutionSlug { get; set; }

        [Display(Name = "CapacityAdmin.RetiredField")]
        public bool IsRetired { get; set; }

        public uint Version { get; set; }
    }
}
