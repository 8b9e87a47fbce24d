using System.Globalization;

namespace CityPartnerships.Web.Features.Partnerships;

/// <summary>
/// The action areas and networks the register's filter form offers, in the interface language: read once per
/// language and kept until the next saved change (<see cref="SharedReadCache"/>) rather than two statements on every
/// list request. The items are new on each call, as a form marks the chosen one.
/// </summary>
public sealed class RegisterChoices(AppDbContext db, SharedReadCache cache)
{
    public async Task<IReadOnlyList<SelectListItem>> ActionAreasAsync(CancellationToken cancellationToken) =>
        Items(await cache.GetOrReadAsync($"choices:areas:{CultureInfo.CurrentUICulture.Name}", async token =>
            Choices(await ActionAreaNames.OptionsAsync(db, token)), cancellationToken));

    public async Task<IReadOnlyList<SelectListItem>> NetworksAsync(CancellationToken cancellationToken) =>
        Items(await cache.GetOrReadAsync($"choices:networks:{CultureInfo.CurrentUICulture.Name}", async token =>
            Choices(NetworkNames.Options(await db.Networks.AsNoTracking().ToListAsync(token))), cancellationToken));

    private static Choice[] Choices(IEnumerable<SelectListItem> items) => [.. items.Select(i => new Choice(i.Value, i.Text))];

    private static SelectListItem[] Items(Choice[] choices) => [.. choices.Select(c => new SelectListItem(c.Text, c.Value))];

    private sealed record Choice(string Value, string Text);
}
