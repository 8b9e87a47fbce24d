using System.Text;
using QRCoder;

namespace CityPartnerships.Web.Identity;

/// <summary>
/// What an authenticator app scans: an otpauth:// address with the shared key, drawn as an SVG QR code on the
/// portal's own page (the key never goes to a QR-code web service).
/// </summary>
public static class AuthenticatorLink
{
    public const string Issuer = "CityPartnerships";

    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>The key in groups of four, easier to type into an app by hand.</summary>
    public static string Readable(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
