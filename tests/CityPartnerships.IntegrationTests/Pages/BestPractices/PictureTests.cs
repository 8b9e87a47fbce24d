using System.Net;
using System.Net.Http.Headers;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.BestPractices;

/// <summary>Pictures of a practice: checked by content, described by alt text, removed only after a confirmation.</summary>
public sealed class PictureTests(PortalApp app)
{
    // The PNG signature and the start of an IHDR chunk: what the portal looks at to recognise a PNG.
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    [Fact]
    public async Task Staff_add_a_picture_with_alt_text_and_remove_it_only_through_the_confirmation()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var added = await UploadAsync(staff, practice.Id, "pupils.png", _png, "Pupils from both cities planting a tree");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await staff.GetDocumentAsync($"/BestPractices/Pictures/{practice.Id}");
        var picture = Assert.Single(page.QuerySelectorAll("main img"));
        Assert.Equal("Pupils from both cities planting a tree", picture.GetAttribute("alt"));
        var pictureId = await app.WithDbAsync(db => db.Set<BestPracticePicture>().Where(p => p.BestPracticeId == practice.Id).Select(p => p.Id).SingleAsync());
        // The delete button only opens the dialog; the dialog names the picture and holds the form that deletes.
        var button = page.QuerySelector($"[data-bs-target='#delete-picture-{pictureId}']")!;
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Null(button.Closest("form"));
        var dialog = page.QuerySelector($"#delete-picture-{pictureId}")!;
        Assert.Contains("Pupils from both cities planting a tree", dialog.QuerySelector(".modal-body")!.TextContent);

        var removed = await staff.SubmitFormAsync($"/BestPractices/Pictures/{practice.Id}", [], formSelector: $"#delete-picture-{pictureId} form");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BestPracticePicture>().CountAsync(p => p.BestPracticeId == practice.Id)));
        var after = await staff.GetDocumentAsync(removed.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Contains("The picture was removed.", after.QuerySelector("[data-testid=status-message]")!.TextContent);
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_and_the_alt_text_is_kept()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var refused = await UploadAsync(staff, practice.Id, "photo.png", "MZ not a picture at all"u8.ToArray(), "A described picture");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.NotEmpty(page.QuerySelector("[data-testid=form-errors]")!.TextContent.Trim());
        Assert.Equal("A described picture", page.QuerySelector("#AltText")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BestPracticePicture>().CountAsync(p => p.BestPracticeId == practice.Id)));
    }

    [Fact]
    public async Task A_picture_without_alt_text_is_refused()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var refused = await UploadAsync(staff, practice.Id, "pupils.png", _png, " ");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BestPracticePicture>().CountAsync(p => p.BestPracticeId == practice.Id)));
    }

    [Fact]
    public async Task Staff_of_another_city_can_neither_add_nor_remove_pictures()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var owner = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        await UploadAsync(owner, practice.Id, "pupils.png", _png, "Pupils");
        var pictureId = await app.WithDbAsync(db => db.Set<BestPracticePicture>().Where(p => p.BestPracticeId == practice.Id).Select(p => p.Id).SingleAsync());
        var stranger = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, (await app.InsertCityAsync()).Id));

        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync($"/BestPractices/Pictures/{practice.Id}")).StatusCode);
        var token = await TokenAsync(stranger, "/BestPractices/Mine");
        var removed = await stranger.PostAsync($"/BestPractices/Pictures/{practice.Id}?handler=Delete&pictureId={pictureId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.True(removed.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"Got {removed.StatusCode}");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<BestPracticePicture>().CountAsync(p => p.BestPracticeId == practice.Id)));
    }

    [Fact]
    public async Task Script_in_the_alt_text_is_shown_as_text()
    {
        const string Script = "\"><script>alert('alt')</script><img src=x onerror=alert(1)>";
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        await UploadAsync(staff, practice.Id, "x.png", _png, Script);

        foreach (var url in new[] { $"/BestPractices/Pictures/{practice.Id}", $"/BestPractices/Details/{practice.Id}" })
        {
            var page = await staff.GetDocumentAsync(url);
            Assert.DoesNotContain(page.QuerySelectorAll("script"), e => e.GetAttribute("src") is null);
            Assert.Empty(page.QuerySelectorAll("img[src=x]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.Contains(page.QuerySelectorAll("main img"), img => img.GetAttribute("alt") == Script);
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int practiceId, string fileName, byte[] content, string altText)
    {
        var token = await TokenAsync(client, $"/BestPractices/Pictures/{practiceId}");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName}\"" };
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(altText), "AltText" },
            file,
        };
        return await client.PostAsync($"/BestPractices/Pictures/{practiceId}?handler=Upload", body);
    }
}
