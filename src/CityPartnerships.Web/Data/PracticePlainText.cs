using CityPartnerships.Domain.BestPractices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityPartnerships.Web.Data;

/// <summary>
/// Each language version of a practice keeps the plain text of its summary, challenge, approach and results (its
/// Markdown without marks, one line per field, the summary first) beside the Markdown, written whenever the version is
/// saved. The library's snippets are cut from it: turning twenty practices' Markdown into text on every search cost
/// the portal a sixth of its CPU per search (docs/benchmarks.md).
/// </summary>
public sealed class PracticePlainText : SaveChangesInterceptor
{
    /// <summary>The column (a shadow property of <see cref="BestPracticeText"/>).</summary>
    public const string Column = "PlainText";

    public static readonly PracticePlainText Instance = new();

    private PracticePlainText()
    {
    }

    /// <summary>The plain text of a version's fields: the summary on the first line, then each other field that is filled in.</summary>
    public static string Of(string summary, string? challenge, string? approach, string? results) =>
        string.Join('\n', new[] { summary, challenge, approach, results }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(SafeMarkdown.ToPlainText));

    /// <summary>The summary's plain text, the first line of <see cref="Of"/>.</summary>
    public static string SummaryOf(string plainText) => plainText.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? plainText[..end] : plainText;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Write(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Write(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Versions saved before the column existed (or written by SQL): their plain text, once, at start-up. Written by
    /// statement, not through the change tracker, so that it adds nothing to the practices' history.
    /// </summary>
    public static async Task FillMissingAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var missing = await db.Set<BestPracticeText>().AsNoTracking()
            .Where(t => EF.Property<string?>(t, Column) == null)
            .Select(t => new { t.Id, t.Summary, t.Challenge, t.Approach, t.Results })
            .ToListAsync(cancellationToken);
        foreach (var text in missing)
        {
            var plain = Of(text.Summary, text.Challenge, text.Approach, text.Results);
            await db.Set<BestPracticeText>().Where(t => t.Id == text.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => EF.Property<string?>(t, Column), plain), cancellationToken);
        }

        if (missing.Count > 0)
        {
            logger.LogInformation("Plain text of {Count} practice versions written for the library's snippets", missing.Count);
        }
    }

    private static void Write(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Entries() detects the changes first (unless a caller turned that off; then it has marked them itself).
        foreach (var entry in context.ChangeTracker.Entries<BestPracticeText>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var text = entry.Entity;
                var plain = entry.Property<string?>(Column);
                var current = Of(text.Summary, text.Challenge, text.Approach, text.Results);
                if (plain.CurrentValue != current)
                {
                    plain.CurrentValue = current;
                }
            }
        }
    }
}
