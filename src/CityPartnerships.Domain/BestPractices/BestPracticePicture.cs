using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

/// <summary>
/// A picture of a practice (JPEG, PNG or WebP). Its type is read from its first bytes, never from its name, so a
/// script renamed to "photo.png" is refused; the alt text describes it for readers who cannot see it.
/// </summary>
public sealed class BestPracticePicture
{
    public const long MaxSizeBytes = 5 * 1024 * 1024;
    public const int AltTextMaxLength = 300;
    public const int FileNameMaxLength = 255;
    public const int MaxPerPractice = 6;

    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private BestPracticePicture()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        AltText = string.Empty;
        Content = [];
        UploadedBy = string.Empty;
    }

    internal BestPracticePicture(string fileName, byte[] content, string altText, DateTime uploadedAtUtc, string uploadedBy)
        : this()
    {
        if (content.Length == 0)
        {
            throw new DomainException(ErrorCodes.BestPractice.PictureEmpty, "The picture is empty.", nameof(content));
        }

        if (content.Length > MaxSizeBytes)
        {
            throw new DomainException(ErrorCodes.BestPractice.PictureTooLarge, $"The picture is larger than {MaxSizeBytes / 1024 / 1024} MB.", nameof(content));
        }

        ContentType = DetectType(content)
            ?? throw new DomainException(ErrorCodes.BestPractice.PictureType, "Upload a JPEG, PNG or WebP picture.", nameof(content));
        AltText = Guard.RequiredText(altText, AltTextMaxLength, ErrorCodes.BestPractice.PictureAltText, nameof(altText));
        var name = Path.GetFileName(string.Concat((fileName ?? string.Empty).Where(c => !char.IsControl(c))).Trim());
        FileName = name.Length > FileNameMaxLength ? name[^FileNameMaxLength..] : name;
        Content = content;
        SizeBytes = content.Length;
        UploadedAt = uploadedAtUtc.Kind == DateTimeKind.Utc ? uploadedAtUtc : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
        UploadedBy = uploadedBy;
    }

    public int Id { get; private set; }

    public int BestPracticeId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>image/jpeg, image/png or image/webp, as read from the content.</summary>
    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long SizeBytes { get; private set; }

    public string AltText { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public string UploadedBy { get; private set; }

    /// <summary>The picture type its first bytes say, or null for anything else.</summary>
    public static string? DetectType(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(_jpeg))
        {
            return "image/jpeg";
        }

        if (content.StartsWith(_png))
        {
            return "image/png";
        }

        // RIFF....WEBP
        return content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)
            ? "image/webp"
            : null;
    }
}
