using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Suggestions;

/// <summary>A candidate partner a city's staff no longer want suggested; undone by deleting it.</summary>
public sealed class DismissedSuggestion
{
    public const int DismissedByMaxLength = 200;

    private DismissedSuggestion()
    {
        DismissedBy = string.Empty;
    }

    public DismissedSuggestion(int cityId, int candidateCityId, string dismissedBy, DateTime dismissedAtUtc)
        : this()
    {
        if (cityId == candidateCityId)
        {
            throw new DomainException(ErrorCodes.Suggestions.OwnCity, "A city is never suggested to itself.", nameof(candidateCityId));
        }

        CityId = cityId;
        CandidateCityId = candidateCityId;
        DismissedBy = Guard.RequiredText(dismissedBy, DismissedByMaxLength, ErrorCodes.Suggestions.DismissedBy, nameof(dismissedBy));
        DismissedAt = dismissedAtUtc;
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public int CandidateCityId { get; private set; }

    public string DismissedBy { get; private set; }

    public DateTime DismissedAt { get; private set; }
}
