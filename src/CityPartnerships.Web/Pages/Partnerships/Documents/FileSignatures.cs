namespace CityPartnerships.Web.Pages.Partnerships.Documents;

/// <summary>
/// The first bytes each accepted file type starts with, so that a program renamed to "agreement.pdf" is refused
/// rather than stored and later opened by a colleague.
/// </summary>
internal static class FileSignatures
{
    private static readonly byte[] _pdf = "%PDF-"u8.ToArray();

    // Office Open XML and OpenDocument files are ZIP archives.
    private static readonly byte[] _zip = [0x50, 0x4B, 0x03, 0x04];

    // Word 97–2003 and Excel 97–2003 files are OLE compound documents.
    private static readonly byte[] _ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, byte[]> _byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = _pdf,
        [".docx"] = _zip,
        [".xlsx"] = _zip,
        [".odt"] = _zip,
        [".ods"] = _zip,
        [".doc"] = _ole,
        [".xls"] = _ole,
    };

    public static bool Matches(string fileName, ReadOnlySpan<byte> content) =>
        _byExtension.TryGetValue(Path.GetExtension(fileName), out var signature) && content.StartsWith(signature);
}
