using CityPartnerships.Web.Features.Mail;

namespace CityPartnerships.UnitTests.Mail;

public sealed class MailContentTests
{
    [Fact]
    public void What_a_user_typed_is_encoded_in_the_html_and_left_as_it_is_in_the_text()
    {
        var content = new MailContent("Subject <b>", "de")
            .Paragraph("Guten Tag <script>alert(1)</script> & Co,")
            .Link("Passwort wählen", new Uri("https://portal.example/Account/AcceptInvitation?user=1&token=a+b"));

        Assert.Contains("Guten Tag <script>alert(1)</script> & Co,", content.TextBody);
        Assert.Contains("https://portal.example/Account/AcceptInvitation?user=1&token=a+b", content.TextBody);
        Assert.DoesNotContain("<script>", content.HtmlBody);
        Assert.Contains("&lt;script&gt;", content.HtmlBody);
        Assert.Contains("href=\"https://portal.example/Account/AcceptInvitation?user=1&amp;token=a&#x2B;b\"", content.HtmlBody);
        Assert.Contains("<html lang=\"de\">", content.HtmlBody);
        Assert.Contains("<title>Subject &lt;b&gt;</title>", content.HtmlBody);
    }
}
