using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// One mail written once and rendered twice: plain text for every mail program, and simple HTML (no images, no
/// external styles) for those that show it. Texts are encoded here, so callers pass what the user should read.
/// </summary>
public sealed class MailContent(string subject, string language)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public string Subject { get; } = subject;

    /// <summary>The language the mail is written in, as a two-letter code (Content-Language).</summary>
    public string Language { get; } = language;

    public MailContent Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p style=\"margin:0 0 16px\">").Append(HtmlEncoder.Default.Encode(text)).Append("</p>\n");
        return this;
    }

    public MailContent Link(string label, Uri url)
    {
        _text.Append(label).Append(":\n").Append(url.AbsoluteUri).Append("\n\n");
        _html.Append("<p style=\"margin:0 0 16px\"><a href=\"").Append(HtmlEncoder.Default.Encode(url.AbsoluteUri))
            .Append("\" style=\"display:inline-block;padding:10px 18px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:4px\">")
            .Append(HtmlEncoder.Default.Encode(label)).Append("</a></p>\n")
            .Append("<p style=\"margin:0 0 16px;font-size:13px;color:#555555\">").Append(HtmlEncoder.Default.Encode(url.AbsoluteUri)).Append("</p>\n");
        return this;
    }

    /// <summary>Writes a mail with the localizer switched to the recipient's language, whatever the current request's is.</summary>
    public static MailContent InLanguage(string language, Func<MailContent> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousCulture = CultureInfo.CurrentCulture;
        try
        {
            var culture = CultureInfo.GetCultureInfo(PortalCultures.IsSupported(language) ? language : PortalCultures.English);
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousCulture;
        }
    }

    public string TextBody => _text.ToString().TrimEnd() + "\n";

    public string HtmlBody =>
        $"<!DOCTYPE html>\n<html lang=\"{HtmlEncoder.Default.Encode(Language)}\"><head><meta charset=\"utf-8\"><title>{HtmlEncoder.Default.Encode(Subject)}</title></head>\n"
        + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a\">\n"
        + _html + "</body></html>\n";
}
