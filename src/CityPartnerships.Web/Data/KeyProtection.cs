using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CityPartnerships.Web.Data;

/// <summary>
/// The data-protection key ring (it signs sign-in cookies and antiforgery tokens) lives in the database so that every
/// instance shares it; with a certificate from configuration each key is stored encrypted, so a copy of the database
/// or a backup alone cannot mint a cookie. Required in Production. See docs/operations.md for making and rotating the
/// certificate.
/// </summary>
internal static class KeyProtection
{
    public const string SectionName = "DataProtection";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder,
        IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(SectionName);
        if (section["CertificatePath"] is not { Length: > 0 } path)
        {
            return environment.IsProduction()
                ? throw new InvalidOperationException(
                    "Set DataProtection__CertificatePath (a PFX file) and DataProtection__CertificatePassword: in Production the " +
                    "data-protection keys are stored encrypted with that certificate (see docs/operations.md).")
                : builder;
        }

        var current = Load(path, section["CertificatePassword"]);
        // Certificates replaced by a rotation still decrypt the keys they encrypted until those keys expire.
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Select(entry => Load(entry["Path"] ?? throw new InvalidOperationException($"{entry.Path}:Path is missing."), entry["Password"]));
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate {path} has no private key; data-protection keys could not be read back.");
    }
}
