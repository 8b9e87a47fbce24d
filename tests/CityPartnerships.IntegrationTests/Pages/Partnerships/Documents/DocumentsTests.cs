using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships.Documents;

public sealed class DocumentsTests(PortalApp app)
{
    private const string UploadForm = "[data-testid=document-upload]";
    private const string LogoutForm = "form[action='/Account/Logout']";

    // A minimal but real PDF: what a viewer needs to open a blank page.
    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Staff_of_either_city_upload_a_pdf_that_is_listed_and_downloads_unchanged(bool partnerSide)
    {
        var (partnership, own, partner) = await PartnershipAsync();
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, partnerSide ? partner : own);
        var client = await app.SignedInClientAsync(staff);

        var response = await UploadAsync(client, partnership, "Partnership agreement 1958.pdf", _pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership}#documents", response.Headers.Location?.OriginalString);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("“Partnership agreement 1958.pdf” has been uploaded.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        var listed = details.QuerySelector("#documents [data-testid=documents]")!;
        Assert.Contains("Partnership agreement 1958.pdf", listed.TextContent);
        Assert.Contains("1 KB", listed.TextContent);
        Assert.Contains($"by {staff.DisplayName}", listed.TextContent);
        Assert.Contains("Document added", details.QuerySelector("[data-testid=history]")!.TextContent);

        var download = await client.GetAsync(listed.QuerySelector("a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(_pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Partnership agreement 1958.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_upload_form_names_the_accepted_types_and_the_size_limit()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var section = (await client.GetDocumentAsync($"/Partnerships/Details/{partnership}")).QuerySelector("#documents")!;

        Assert.Contains("Agreement and documents", section.QuerySelector("h2")!.TextContent);
        Assert.NotNull(section.QuerySelector("[data-testid=documents-empty]"));
        var form = section.QuerySelector(UploadForm)!;
        Assert.Equal($"/Partnerships/{partnership}/Documents/Upload", form.GetAttribute("action"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods", form.QuerySelector("input[type=file]")!.GetAttribute("accept"));
        Assert.Contains("at most 10 MB", form.TextContent);
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_and_nothing_is_stored()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var program = new byte[4096];
        "MZ\u0090\0"u8.CopyTo(program);

        var error = await UploadAndReadErrorAsync(client, partnership, "agreement.pdf", program);

        Assert.Contains("The file is not a real .pdf file.", error);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("agreement.pdf.exe")]
    public async Task Files_that_are_not_pdf_or_office_documents_are_refused(string fileName)
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var error = await UploadAndReadErrorAsync(client, partnership, fileName, "%PDF-1.4 plain text"u8.ToArray(), "text/plain");

        Assert.Contains("This type of file cannot be uploaded. Upload a PDF or an office document", error);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Theory]
    [InlineData("budget.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData("minutes.odt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00 })]
    [InlineData("letter.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 })]
    public async Task Office_documents_with_the_right_content_are_accepted(string fileName, byte[] content)
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        await UploadAsync(client, partnership, fileName, content);

        Assert.Equal(1, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task A_nul_character_in_the_file_name_is_dropped_and_the_document_kept()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var response = await UploadAsync(client, partnership, "Agree\0ment.pdf", _pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Agreement.pdf", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Equal(["Agreement.pdf"], await app.WithDbAsync(db =>
            db.AgreementDocuments.Where(d => d.PartnershipId == partnership).Select(d => d.FileName).ToListAsync()));
    }

    [Fact]
    public async Task A_pdf_uploaded_as_a_word_document_is_refused()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var error = await UploadAndReadErrorAsync(client, partnership, "letter.docx", _pdf);

        Assert.Contains("The file is not a real .docx file.", error);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task An_empty_file_or_no_file_is_refused_with_a_message()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        Assert.Contains("The file is empty.", await UploadAndReadErrorAsync(client, partnership, "agreement.pdf", []));
        Assert.Contains("Choose a file to upload.", await UploadAndReadErrorAsync(client, partnership, "", []));
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_a_message()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var content = new byte[AgreementDocument.MaxSizeBytes + 1];
        _pdf.CopyTo(content, 0);

        var error = await UploadAndReadErrorAsync(client, partnership, "scan.pdf", content);

        Assert.Contains("The file is larger than 10 MB.", error);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task A_huge_upload_is_refused_before_it_is_read_with_the_same_message()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var content = new byte[13 * 1024 * 1024];
        _pdf.CopyTo(content, 0);

        var error = await UploadAndReadErrorAsync(client, partnership, "huge.pdf", content);

        Assert.Contains("The file is larger than 10 MB.", error);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task A_huge_upload_of_unknown_length_gets_a_friendly_error_page_not_a_stack_trace()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var content = new byte[13 * 1024 * 1024];
        _pdf.CopyTo(content, 0);

        var response = await UploadAsync(client, partnership, "huge.pdf", content, unknownLength: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("The request could not be completed", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Exception", page.Body!.TextContent);
        Assert.Equal(0, await StoredCountAsync(partnership));
    }

    [Fact]
    public async Task Staff_delete_a_document_after_confirming_and_the_history_keeps_a_record()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var document = await InsertDocumentAsync(partnership, "Old agreement.pdf");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        var button = details.QuerySelector("#documents [data-bs-toggle=modal]")!;
        Assert.Equal($"#delete-document-{document}", button.GetAttribute("data-bs-target"));
        Assert.Contains("“Old agreement.pdf” will be deleted for both cities.", details.QuerySelector($"#delete-document-{document}")!.TextContent);

        var response = await client.SubmitFormAsync($"/Partnerships/Details/{partnership}", [], formSelector: $"#delete-document-{document} form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AgreementDocuments.AnyAsync(d => d.Id == document)));
        details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("“Old agreement.pdf” has been deleted.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.NotNull(details.QuerySelector("#documents [data-testid=documents-empty]"));
        Assert.Contains("Document removed", details.QuerySelector("[data-testid=history]")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Other_users_cannot_upload_or_delete_documents_by_posting_to_the_address(string role)
    {
        var (partnership, own, _) = await PartnershipAsync();
        var document = await InsertDocumentAsync(partnership, "Untouchable.pdf");
        // The mayor's office of the partnership's own city, or staff of an unrelated city.
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role, role == Roles.MayorsOffice ? own : null));

        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("Untouchable.pdf", details.QuerySelector("#documents")!.TextContent);
        Assert.Null(details.QuerySelector(UploadForm));
        Assert.Null(details.QuerySelector($"#delete-document-{document}"));

        var upload = await UploadAsync(client, partnership, "Hacked.pdf", _pdf, tokenFrom: LogoutForm);
        Assert.StartsWith("/Account/AccessDenied", upload.Headers.Location?.PathAndQueryOrOriginal());
        var delete = await client.SubmitFormAsync($"/Partnerships/Details/{partnership}", new() { ["documentId"] = $"{document}" },
            formSelector: LogoutForm, action: $"/Partnerships/{partnership}/Documents/Delete");
        Assert.StartsWith("/Account/AccessDenied", delete.Headers.Location?.PathAndQueryOrOriginal());

        var stored = await app.WithDbAsync(db => db.AgreementDocuments.Where(d => d.PartnershipId == partnership).Select(d => d.FileName).ToListAsync());
        Assert.Equal(["Untouchable.pdf"], stored);
    }

    [Theory]
    [InlineData(Roles.MayorsOffice, true)]
    [InlineData(Roles.InternationalAffairsStaff, false)]
    [InlineData(Roles.AssociationAdmin, false)]
    public async Task Users_who_may_read_the_partnership_may_download_its_documents(string role, bool ownCity)
    {
        var (partnership, own, _) = await PartnershipAsync();
        var document = await InsertDocumentAsync(partnership, "Agreement.pdf");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role, ownCity ? own : null));

        var download = await client.GetAsync($"/Partnerships/{partnership}/Documents/Download?documentId={document}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(_pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Documents_of_an_internal_partnership_are_not_found_for_other_cities()
    {
        var (partnership, own, _) = await PartnershipAsync(isInternal: true);
        var document = await InsertDocumentAsync(partnership, "Confidential.pdf");
        var url = $"/Partnerships/{partnership}/Documents/Download?documentId={document}";

        var outsider = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var refused = await outsider.GetAsync(url);
        var insider = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("%PDF", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await insider.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Documents_of_a_deleted_partnership_are_not_found()
    {
        var (partnership, own, _) = await PartnershipAsync();
        var document = await InsertDocumentAsync(partnership, "Agreement.pdf");
        await app.WithDbAsync(async db =>
        {
            var record = await db.Partnerships.SingleAsync(p => p.Id == partnership);
            record.Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var response = await client.GetAsync($"/Partnerships/{partnership}/Documents/Download?documentId={document}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_document_of_another_partnership_is_not_found_through_this_partnerships_address()
    {
        var (mine, own, _) = await PartnershipAsync();
        var (other, _, _) = await PartnershipAsync();
        var foreign = await InsertDocumentAsync(other, "Foreign.pdf");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var download = await client.GetAsync($"/Partnerships/{mine}/Documents/Download?documentId={foreign}");
        var delete = await client.SubmitFormAsync($"/Partnerships/Details/{mine}", new() { ["documentId"] = $"{foreign}" },
            formSelector: UploadForm, action: $"/Partnerships/{mine}/Documents/Delete");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AgreementDocuments.AnyAsync(d => d.Id == foreign)));
    }

    [Theory]
    [InlineData("en", "1.5 MB")]
    [InlineData("de", "1,5 MB")]
    public async Task Sizes_are_shown_in_the_users_language(string language, string expected)
    {
        var (partnership, own, _) = await PartnershipAsync();
        var content = new byte[1536 * 1024];
        _pdf.CopyTo(content, 0);
        await InsertDocumentAsync(partnership, "Scan.pdf", content);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own), language);

        var listed = (await client.GetDocumentAsync($"/Partnerships/Details/{partnership}")).QuerySelector("[data-testid=documents]")!;

        Assert.Contains(expected, listed.TextContent);
    }

    private async Task<(int Partnership, int Own, int Partner)> PartnershipAsync(bool isInternal = false)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id, isInternal: isInternal);
        return (partnership.Id, own.Id, partner.Id);
    }

    private Task<int> InsertDocumentAsync(int partnershipId, string fileName, byte[]? content = null) => app.WithDbAsync(async db =>
    {
        var document = new AgreementDocument(partnershipId, fileName, content ?? _pdf, DateTime.UtcNow, "Test Person");
        db.AgreementDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    });

    private Task<int> StoredCountAsync(int partnershipId) =>
        app.WithDbAsync(db => db.AgreementDocuments.CountAsync(d => d.PartnershipId == partnershipId));

    /// <summary>
    /// Posts a file the way a browser sends the upload form: multipart, with the antiforgery token of a form on the
    /// details page (the upload form itself, or another one for users who do not get it).
    /// </summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int partnershipId, string fileName, byte[] content,
        string contentType = "application/octet-stream", string tokenFrom = UploadForm, bool unknownLength = false)
    {
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnershipId}");
        var form = details.QuerySelector(tokenFrom) ?? throw new InvalidOperationException($"No form '{tokenFrom}' on the details page.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var url = $"/Partnerships/{partnershipId}/Documents/Upload";
        if (fileName.Any(char.IsControl))
        {
            // .NET's header types refuse to write such a name; a script can.
            return await client.PostAsync(url, RawMultipart.Create([new("__RequestVerificationToken", token)], "file", fileName, content, contentType));
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        // Set by hand: a browser sends filename="" when no file was chosen, which MultipartFormDataContent.Add refuses.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName}\"" };
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            file,
        };
        return await client.PostAsync(url, unknownLength ? new ChunkedContent(body) : body);
    }

    private static async Task<string?> UploadAndReadErrorAsync(HttpClient client, int partnershipId, string fileName, byte[] content,
        string contentType = "application/octet-stream")
    {
        var response = await UploadAsync(client, partnershipId, fileName, content, contentType);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Null(details.QuerySelector("[data-testid=status-message]"));
        return details.QuerySelector("[data-testid=error-message]")?.TextContent;
    }

    /// <summary>A body sent in chunks, without a Content-Length up front.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly HttpContent _inner;

        public ChunkedContent(HttpContent inner)
        {
            _inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream, context);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
