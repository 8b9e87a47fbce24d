using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Partnerships;

public class AgreementDocumentTests
{
    private const int PartnershipId = 7;
    private static readonly DateTime _now = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly byte[] _pdf = "%PDF-1.4 agreement"u8.ToArray();

    private static AgreementDocument NewDocument(string fileName = "agreement.pdf", byte[]? content = null, DateTime? uploadedAt = null) =>
        new(PartnershipId, fileName, content ?? _pdf, uploadedAt ?? _now, "Anna Schmidt");

    [Fact]
    public void A_new_document_keeps_its_details_and_size()
    {
        var document = NewDocument("Partnership agreement 1958.pdf");

        Assert.Equal(PartnershipId, document.PartnershipId);
        Assert.Equal("Partnership agreement 1958.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(_pdf, document.Content);
        Assert.Equal(_pdf.Length, document.SizeBytes);
        Assert.Equal(_now, document.UploadedAt);
        Assert.Equal("Anna Schmidt", document.UploadedBy);
    }

    [Theory]
    [InlineData("Agree\0ment.pdf", "Agreement.pdf")]
    [InlineData("\0\tminutes.pdf\0", "minutes.pdf")]
    public void Control_characters_are_dropped_from_the_file_name(string fileName, string stored)
    {
        Assert.Equal(stored, NewDocument(fileName).FileName);
    }

    [Theory]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("a.doc", "application/msword")]
    [InlineData("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("a.odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("a.xls", "application/vnd.ms-excel")]
    [InlineData("a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("a.ods", "application/vnd.oasis.opendocument.spreadsheet")]
    [InlineData("SIGNED.PDF", "application/pdf")]
    [InlineData("Budget.XlsX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void Pdf_and_office_files_are_accepted_whatever_the_case_of_their_extension(string fileName, string contentType)
    {
        Assert.Equal(contentType, NewDocument(fileName).ContentType);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("notes.txt")]
    [InlineData("page.html")]
    [InlineData("photo.JPG")]
    [InlineData("macro.docm")]
    [InlineData("agreement.pdf.exe")]
    [InlineData("agreement")]
    [InlineData("pdf")]
    public void Other_file_types_are_refused(string fileName)
    {
        var exception = DomainAssert.Throws("Document.Type.NotAllowed", () => NewDocument(fileName));

        Assert.Equal("fileName", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("folder/")]
    [InlineData(null)]
    public void A_file_without_a_name_is_refused(string? fileName)
    {
        var exception = DomainAssert.Throws("Document.Name.Required", () => NewDocument(fileName!));

        Assert.Equal("fileName", exception.ParamName);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("/var/www/agreement.pdf", "agreement.pdf")]
    [InlineData("  Vertrag.docx  ", "Vertrag.docx")]
    public void Folder_parts_and_surrounding_spaces_are_stripped_from_the_name(string fileName, string expected)
    {
        Assert.Equal(expected, NewDocument(fileName).FileName);
    }

    [Fact]
    public void A_very_long_name_is_shortened_from_the_front_so_the_extension_stays()
    {
        var document = NewDocument(new string('a', 300) + ".pdf");

        Assert.Equal(AgreementDocument.FileNameMaxLength, document.FileName.Length);
        Assert.EndsWith("aaa.pdf", document.FileName, StringComparison.Ordinal);
        Assert.Equal("application/pdf", document.ContentType);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var exception = DomainAssert.Throws("Document.Empty", () => NewDocument(content: []));

        Assert.Equal("content", exception.ParamName);
    }

    [Fact]
    public void A_file_of_exactly_10_MB_is_accepted()
    {
        var document = NewDocument(content: new byte[10 * 1024 * 1024]);

        Assert.Equal(10 * 1024 * 1024, document.SizeBytes);
        Assert.Equal(AgreementDocument.MaxSizeBytes, document.SizeBytes);
    }

    [Fact]
    public void A_file_one_byte_over_10_MB_is_refused()
    {
        var exception = DomainAssert.Throws("Document.TooLarge", () => NewDocument(content: new byte[(10 * 1024 * 1024) + 1]));

        Assert.Equal("content", exception.ParamName);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void The_upload_time_must_be_utc(DateTimeKind kind)
    {
        DomainAssert.Throws("Time.NotUtc", () => NewDocument(uploadedAt: DateTime.SpecifyKind(_now, kind)));
    }
}
