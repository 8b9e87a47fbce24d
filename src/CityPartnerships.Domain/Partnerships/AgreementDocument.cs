using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Partnerships;

/// <summary>A signed agreement or similar file attached to a partnership (PDF or office document).</summary>
public sealed class AgreementDocument : IPartnershipRecord
{
    public const int FileNameMaxLength = 255;
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    /// <summary>File types we accept, by extension, with the content type we serve them as.</summary>
    public static IReadOnlyDictionary<string, string> AllowedTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    private AgreementDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
    }

    public AgreementDocument(int partnershipId, string fileName, byte[] content, DateTime uploadedAtUtc, string uploadedBy)
        : this()
    {
        // Control characters (a NUL most of all, which PostgreSQL refuses in text) belong to no real file name.
        var name = Path.GetFileName(string.Concat((fileName ?? string.Empty).Where(c => !char.IsControl(c))).Trim());
        if (string.IsNullOrEmpty(name))
        {
            throw new DomainException(ErrorCodes.Document.NameRequired, "The file has no name.", nameof(fileName));
        }

        if (name.Length > FileNameMaxLength)
        {
            name = name[^FileNameMaxLength..];
        }

        if (!AllowedTypes.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            throw new DomainException(ErrorCodes.Document.TypeNotAllowed, "Upload a PDF or an office document.", nameof(fileName));
        }

        if (content.Length == 0)
        {
            throw new DomainException(ErrorCodes.Document.Empty, "The file is empty.", nameof(content));
        }

        if (content.Length > MaxSizeBytes)
        {
            throw new DomainException(ErrorCodes.Document.TooLarge, $"The file is larger than {MaxSizeBytes / 1024 / 1024} MB.", nameof(content));
        }

        PartnershipId = partnershipId;
        FileName = name;
        ContentType = contentType;
        Content = content;
        SizeBytes = content.Length;
        UploadedAt = uploadedAtUtc.Kind == DateTimeKind.Utc
            ? uploadedAtUtc
            : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
        UploadedBy = uploadedBy;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public byte[] Content { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = string.Empty;
}
