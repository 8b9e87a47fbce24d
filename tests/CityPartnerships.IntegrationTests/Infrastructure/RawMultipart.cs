using System.Net.Http.Headers;
using System.Text;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// A multipart/form-data body written byte by byte, for what a browser or a script can send but .NET's header types
/// refuse to write (e.g. a NUL character in a file name).
/// </summary>
public static class RawMultipart
{
    public static HttpContent Create(IEnumerable<KeyValuePair<string, string>> fields, string fileField, string fileName, byte[] content,
        string contentType)
    {
        var boundary = "----raw" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();

        void Write(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            body.Write(bytes);
        }

        foreach (var (name, value) in fields)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{fileField}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}\r\n\r\n");
        body.Write(content);
        Write($"\r\n--{boundary}--\r\n");

        var result = new ByteArrayContent(body.ToArray());
        result.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return result;
    }
}
