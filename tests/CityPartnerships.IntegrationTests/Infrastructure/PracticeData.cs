using CityPartnerships.Domain.BestPractices;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>Best practices as tests need them: in a chosen status and language, with the whole template filled in.</summary>
public static class PracticeData
{
    public static BestPracticeTextInput Text(string title, string? summary = null, string? approach = null) =>
        new(title, summary ?? "A summary of what the city did.", "The challenge the city faced.", approach ?? "What the city did, step by step.",
            "The results and the evidence.", "About 10,000 € a year.", "A partner city and a committed department.", "A partner city");

    public static Task<BestPractice> InsertPracticeAsync(this PortalApp app, int cityId, BestPracticeStatus status = BestPracticeStatus.Published,
        string language = ContentLanguage.English, BestPracticeTextInput? text = null, int[]? sdgs = null, string? areaName = null) =>
        app.WithDbAsync(async db =>
        {
            var practice = new BestPractice(cityId, language, text ?? Text(Unique.Name("Practice")));
            var area = areaName is null
                ? await db.ActionAreas.OrderBy(a => a.Id).FirstAsync()
                : await db.ActionAreas.SingleAsync(a => a.Name == areaName);
            practice.SetActionAreas([area]);
            practice.SetSdgs(sdgs ?? [11]);
            practice.SetContact("Jana Novak", "jana.novak@example.org");
            if (status != BestPracticeStatus.Draft)
            {
                practice.Submit(DateTime.UtcNow);
            }

            if (status == BestPracticeStatus.Published)
            {
                practice.Publish(new ReviewCriteria(true, true, true, true), null, "Test admin", DateTime.UtcNow);
            }
            else if (status == BestPracticeStatus.ChangesRequested)
            {
                practice.RequestChanges(new ReviewCriteria(true, false, true, true), "Add evidence.", "Test admin", DateTime.UtcNow);
            }

            db.BestPractices.Add(practice);
            await db.SaveChangesAsync();
            return practice;
        });

    /// <summary>Adds a version in <paramref name="language"/> to a published practice, which is published again with it.</summary>
    public static Task AddPublishedVersionAsync(this PortalApp app, int practiceId, string language, BestPracticeTextInput text) =>
        app.WithDbAsync(async db =>
        {
            var practice = await db.BestPractices.Include(p => p.Texts).Include(p => p.ActionAreas).SingleAsync(p => p.Id == practiceId);
            practice.ReturnToDraft();
            practice.SetText(language, text);
            practice.Submit(DateTime.UtcNow);
            practice.Publish(new ReviewCriteria(true, true, true, true), null, "Test", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });
}
