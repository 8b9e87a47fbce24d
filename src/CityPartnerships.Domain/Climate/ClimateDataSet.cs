using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Climate;

/// <summary>
/// Where climate values come from, cited wherever they are shown, and what happened at their import: how many rows
/// the file had and which of them named no city of the portal (reported, never dropped silently).
/// </summary>
public sealed class ClimateDataSet
{
    public const int NameMaxLength = 200;
    public const int CitationMaxLength = 1000;
    public const int LicenceMaxLength = 100;
    public const int UrlMaxLength = 500;

    private List<string> _unmatchedRows = [];

    private ClimateDataSet()
    {
        Name = string.Empty;
        Citation = string.Empty;
    }

    public ClimateDataSet(string name, string citation, string? licence, string? url, DateTime importedAt)
        : this()
    {
        Name = Guard.RequiredText(name, NameMaxLength, ErrorCodes.Climate.DataSetName, nameof(name));
        Citation = Guard.RequiredText(citation, CitationMaxLength, ErrorCodes.Climate.Citation, nameof(citation));
        Licence = Guard.OptionalText(licence, LicenceMaxLength, ErrorCodes.Climate.Licence, nameof(licence));
        Url = Guard.OptionalText(url, UrlMaxLength, ErrorCodes.Climate.Url, nameof(url));
        ImportedAt = importedAt.Kind == DateTimeKind.Utc ? importedAt : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Citation { get; private set; }

    public string? Licence { get; private set; }

    public string? Url { get; private set; }

    public DateTime ImportedAt { get; private set; }

    public int RowsInFile { get; private set; }

    public int RowsImported { get; private set; }

    /// <summary>The rows of the file that named no city of the portal: "Row 12: Springfield".</summary>
    public IReadOnlyList<string> UnmatchedRows => _unmatchedRows.AsReadOnly();

    public void RecordImport(int rowsInFile, int rowsImported, IEnumerable<string> unmatchedRows)
    {
        RowsInFile = rowsInFile;
        RowsImported = rowsImported;
        _unmatchedRows = [.. unmatchedRows];
    }
}
