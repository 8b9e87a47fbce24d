namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// A mail that the SMTP server has not yet taken, kept in the database so that queued mail survives a restart, a killed
/// instance and a mail server that is down (<see cref="MailOutbox"/>). The addresses and texts are stored encrypted
/// with the portal's data-protection keys (reset links carry tokens), and the row is deleted once the server has taken
/// the mail or refused it for good.
/// </summary>
public sealed class PendingMail
{
    public Guid Id { get; set; }

    /// <summary>The <see cref="OutgoingMail"/> as JSON, protected with the purpose <see cref="MailOutbox.ProtectionPurpose"/>.</summary>
    public byte[] Payload { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>Until then the instance that holds the mail is sending it, or its next attempt is due; after it any instance may send it.</summary>
    public DateTime ClaimedUntil { get; set; }

    /// <summary>Attempts that failed because the mail server could not be reached.</summary>
    public int Attempts { get; set; }
}
