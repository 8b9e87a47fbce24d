using CityPartnerships.Domain.Common;

namespace CityPartnerships.Web.Features;

public enum ChangeOutcome
{
    Done,

    /// <summary>No such record, or one the viewer may not even know exists (another city's internal record).</summary>
    NotFound,

    /// <summary>The viewer may read the record but not change it.</summary>
    Forbidden,

    /// <summary>A domain rule refused the change; <see cref="ChangeResult.Errors"/> says which.</summary>
    Invalid,

    /// <summary>Someone else saved the record after the viewer loaded it; <see cref="ChangeResult.CurrentVersion"/> is theirs.</summary>
    Conflict,

    /// <summary>Someone else deleted the record after the viewer loaded it.</summary>
    Gone,
}

/// <summary>What became of a change: pages turn it into a redirect with a message, the form again, or a status page.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, IReadOnlyList<DomainException> Errors, uint? CurrentVersion = null)
{
    public static ChangeResult Done { get; } = new(ChangeOutcome.Done, []);

    public static ChangeResult NotFound { get; } = new(ChangeOutcome.NotFound, []);

    public static ChangeResult Forbidden { get; } = new(ChangeOutcome.Forbidden, []);

    public static ChangeResult Gone { get; } = new(ChangeOutcome.Gone, []);

    public bool IsDone => Outcome == ChangeOutcome.Done;

    public static ChangeResult Invalid(IReadOnlyList<DomainException> errors) => new(ChangeOutcome.Invalid, errors);

    public static ChangeResult Conflict(uint currentVersion) => new(ChangeOutcome.Conflict, [], currentVersion);
}

/// <summary>A record loaded for a change, or the reason there is none (not found, forbidden).</summary>
public sealed record ForChange<T>(ChangeOutcome Outcome, T? Record)
    where T : class;

/// <summary>Several domain rules broken by one form, so that the user sees them all at once rather than one per attempt.</summary>
public sealed class BrokenRulesException(IReadOnlyList<DomainException> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<DomainException> Errors { get; } = errors;
}
