using CityPartnerships.Domain.ContentPages;
using CityPartnerships.Web.Pages.Legal;

namespace CityPartnerships.Web.Data;

/// <summary>
/// The first texts of the legal pages every German public body publishes: the accessibility statement (BITV 2.0 § 7,
/// in the structure of the EU model statement), the imprint and the privacy notice. The privacy notice describes what
/// the portal stores as of this version; the parts in [square brackets] are the association's to fill in. Admins edit
/// all three in both languages.
/// </summary>
internal static class LegalPageTexts
{
    public static IReadOnlyList<ContentPage> Initial() =>
    [
        new(LegalPages.AccessibilitySlug, 101, "Accessibility statement", "Erklärung zur Barrierefreiheit",
            """
            The association is committed to making this portal accessible in accordance with the Disability Equality Act (BGG) and the Barrier-Free Information Technology Ordinance (BITV 2.0), which implement Directive (EU) 2016/2102. This statement applies to the portal *CityPartnerships*.

            ### Status of conformity

            This portal is **partially conformant** with BITV 2.0 and the harmonised standard EN 301 549 (which refers to WCAG 2.1 level AA), because of the non-accessible parts listed below.

            ### Non-accessible content

            [The team keeps this list up to date. Describe each known barrier, why it exists and the accessible alternative.]

            - [The maps (partnership map, association map, climate twins) cannot be used without seeing them. Alternative: every map has a list with the same information next to it.]
            - [Documents that cities upload (agreements, PDF files) may not be accessible. Alternative: ask the city's international affairs unit for the content in another form.]
            - [Further known barriers found in the next audit.]

            ### Preparation of this statement

            This statement was prepared on 2 December 2026. It is based on a self-assessment: automated checks of every page with axe-core (WCAG 2.0 and 2.1, levels A and AA) and manual tests with the keyboard and a screen reader. [Date of the last review.]

            ### Feedback and contact

            Did you find a barrier on this portal, or do you need content in an accessible form? Tell us with the **feedback form on this page**. We answer within [two weeks].

            ### Enforcement procedure

            If we do not answer your feedback, or not satisfactorily, within six weeks, you can apply to the conciliation body (Schlichtungsstelle) under § 16 BGG. The conciliation body at the Federal Government Commissioner for Matters relating to Persons with Disabilities helps to settle disputes between people with disabilities and federal public bodies out of court. The procedure is free of charge and you do not need a lawyer. You can reach it by post (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen, Mauerstraße 53, 10117 Berlin) and through its website. [For a body of a federal state: name the state's own enforcement body instead.]
            """,
            """
            Der Verband ist bemüht, dieses Portal im Einklang mit dem Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die die Richtlinie (EU) 2016/2102 umsetzen, barrierefrei zugänglich zu machen. Diese Erklärung gilt für das Portal *CityPartnerships*.

            ### Stand der Vereinbarkeit mit den Anforderungen

            Dieses Portal ist wegen der unten aufgeführten Ausnahmen **teilweise** mit der BITV 2.0 und der harmonisierten Norm EN 301 549 (die auf die WCAG 2.1, Stufe AA, verweist) vereinbar.

            ### Nicht barrierefreie Inhalte

            [Das Team hält diese Liste aktuell. Beschreiben Sie jede bekannte Barriere, ihren Grund und die barrierefreie Alternative.]

            - [Die Karten (Partnerschaftskarte, Verbandskarte, Klimazwillinge) sind ohne Sehen nicht nutzbar. Alternative: Jede Karte hat daneben eine Liste mit denselben Angaben.]
            - [Dokumente, die Städte hochladen (Vereinbarungen, PDF-Dateien), sind möglicherweise nicht barrierefrei. Alternative: Fragen Sie die Stelle für Internationales der Stadt nach dem Inhalt in anderer Form.]
            - [Weitere bekannte Barrieren aus der nächsten Prüfung.]

            ### Erstellung dieser Erklärung

            Diese Erklärung wurde am 2. Dezember 2026 erstellt. Sie beruht auf einer Selbstbewertung: automatischen Prüfungen jeder Seite mit axe-core (WCAG 2.0 und 2.1, Stufen A und AA) und Tests mit der Tastatur und einem Screenreader. [Datum der letzten Überprüfung.]

            ### Feedback und Kontakt

            Sind Ihnen Barrieren in diesem Portal aufgefallen, oder brauchen Sie Inhalte in barrierefreier Form? Teilen Sie es uns mit dem **Feedback-Formular auf dieser Seite** mit. Wir antworten innerhalb von [zwei Wochen].

            ### Schlichtungsverfahren

            Wenn wir auf Ihre Rückmeldung nicht oder nicht zufriedenstellend innerhalb von sechs Wochen antworten, können Sie einen Antrag bei der Schlichtungsstelle nach § 16 BGG stellen. Die Schlichtungsstelle beim Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen hilft, Streitigkeiten zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes außergerichtlich zu lösen. Das Verfahren ist kostenlos, Sie brauchen keinen Rechtsbeistand. Sie erreichen die Schlichtungsstelle per Post (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen, Mauerstraße 53, 10117 Berlin) und über ihre Website. [Für eine Stelle eines Landes: hier stattdessen die Durchsetzungsstelle des Landes nennen.]
            """,
            ContentPageSection.Legal),
        new(LegalPages.ImprintSlug, 102, "Imprint", "Impressum",
            """
            ### Provider

            [Name of the association]
            [Street and number]
            [Postcode and town]

            Represented by: [name of the executive director or president]

            ### Contact

            Telephone: [number]
            E-mail: [address]

            ### Register and VAT

            [Register court and number, if any]
            [VAT identification number under § 27a of the German VAT Act, if any]

            ### Responsible for the content under § 18 (2) MStV

            [Name and address of the person responsible for the content]

            ### Content of cities

            Each city's international affairs unit is responsible for the partnerships, contacts, activities and projects it records. The association checks best practices before they are published in the library.
            """,
            """
            ### Anbieter

            [Name des Verbands]
            [Straße und Hausnummer]
            [Postleitzahl und Ort]

            Vertreten durch: [Name der Hauptgeschäftsführung oder des Präsidiums]

            ### Kontakt

            Telefon: [Nummer]
            E-Mail: [Adresse]

            ### Register und Umsatzsteuer

            [Registergericht und Registernummer, falls vorhanden]
            [Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz, falls vorhanden]

            ### Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

            [Name und Anschrift der verantwortlichen Person]

            ### Inhalte der Städte

            Für die Partnerschaften, Kontakte, Aktivitäten und Projekte, die eine Stadt einträgt, ist ihre Stelle für Internationales verantwortlich. Der Verband prüft gute Beispiele, bevor sie in der Bibliothek erscheinen.
            """,
            ContentPageSection.Legal),
        new(LegalPages.PrivacySlug, 103, "Privacy notice", "Datenschutzerklärung",
            """
            This notice explains which personal data the portal *CityPartnerships* processes, why, and what rights you have (Articles 13 and 14 GDPR).

            ### Controller

            [Name and address of the association], e-mail [address]. Data protection officer: [name and e-mail address].

            ### Visiting the portal without signing in

            The public pages (directory of partnerships, library of best practices, climate twins, these legal pages) can be read without an account. The portal sets only the cookies it needs: one for the language you chose, one that protects forms against forgery (antiforgery) and one that carries a one-time message after a form. No tracking, no analytics, no third-party content: fonts, scripts and maps are served by the portal itself.

            For each request the server writes a log line with the time, the address requested, the answer's status and its duration, for operation and security. Log lines are kept by the operator's logging system for [retention period] and then deleted.

            ### Accounts

            Accounts are created by the association for the staff of member cities' international affairs units, mayors' offices and the association. For each account the portal stores the **name, e-mail address, role, city, preferred language**, a hash of the password (never the password itself), the two-factor sign-in key if set up, and the dates of creation and last changes. Legal basis: Art. 6 (1) (e) GDPR (tasks in the public interest of the association and its member cities). A signed-in session ends after 8 hours without activity.

            **Security events** are stored to protect the accounts: sign-ins (successful and failed), sign-outs, password and e-mail changes, two-factor changes, lockouts and refused access to pages, each with the time, the account concerned, the client's IP address and the request's identifier. Administrators see them on the account's page.

            ### Contacts of partner cities

            Cities record the focal persons of their partnerships: **name, organisation, role, e-mail address, telephone number, languages** and the date their consent was recorded. These are visible only to the city's own users and the association, never to the public. Best practices, partner searches and the international affairs units may name a contact person with name and e-mail address; these are shown where the record is published.

            ### Change history

            Changes to partnerships, cities, contacts, best practices and other records are kept in a history: **who** changed **what** and **when**. For personal fields (a contact's details, contact e-mail addresses) the history names the changed field but never stores its value.

            ### Accessibility feedback

            If you use the feedback form of the accessibility statement, the portal stores your message, the page it concerns, the language of the page and, if you give them, your name and e-mail address, and sends them by e-mail to the association's administrators, to answer you. Legal basis: Art. 6 (1) (c) GDPR together with § 12b BGG.

            ### Recipients and hosting

            [Hosting provider and location of the servers.] E-mails are sent through [mail provider]. Data are not transferred to third countries.

            ### Your rights

            You have the right to access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and objection (Art. 21), and to lodge a complaint with a supervisory authority ([name of the competent authority]). The association's administrators can find, export and erase all records about a person by e-mail address; write to [address].
            """,
            """
            Diese Erklärung beschreibt, welche personenbezogenen Daten das Portal *CityPartnerships* verarbeitet, wozu, und welche Rechte Sie haben (Art. 13 und 14 DSGVO).

            ### Verantwortliche Stelle

            [Name und Anschrift des Verbands], E-Mail [Adresse]. Datenschutzbeauftragte Person: [Name und E-Mail-Adresse].

            ### Besuch des Portals ohne Anmeldung

            Die öffentlichen Seiten (Verzeichnis der Partnerschaften, Bibliothek guter Beispiele, Klimazwillinge, diese rechtlichen Seiten) sind ohne Konto lesbar. Das Portal setzt nur die Cookies, die es braucht: eines für die gewählte Sprache, eines, das Formulare vor Fälschung schützt (Antiforgery), und eines für eine einmalige Meldung nach einem Formular. Kein Tracking, keine Statistikdienste, keine Inhalte Dritter: Schriften, Skripte und Karten liefert das Portal selbst aus.

            Für jede Anfrage schreibt der Server eine Protokollzeile mit Zeitpunkt, aufgerufener Adresse, Status der Antwort und Dauer, für Betrieb und Sicherheit. Das Protokollsystem des Betreibers bewahrt sie [Aufbewahrungsfrist] auf und löscht sie dann.

            ### Konten

            Konten legt der Verband für die Beschäftigten der Stellen für Internationales der Mitgliedsstädte, der Büros der Oberbürgermeisterinnen und Oberbürgermeister und des Verbands an. Zu jedem Konto speichert das Portal **Name, E-Mail-Adresse, Rolle, Stadt, bevorzugte Sprache**, einen Hash des Passworts (nie das Passwort selbst), den Schlüssel der Zwei-Faktor-Anmeldung, falls eingerichtet, sowie die Daten der Anlage und letzter Änderungen. Rechtsgrundlage: Art. 6 Abs. 1 lit. e DSGVO (Aufgaben im öffentlichen Interesse des Verbands und seiner Mitgliedsstädte). Eine Sitzung endet nach 8 Stunden ohne Aktivität.

            **Sicherheitsereignisse** werden zum Schutz der Konten gespeichert: Anmeldungen (erfolgreiche und fehlgeschlagene), Abmeldungen, Änderungen von Passwort, E-Mail-Adresse und Zwei-Faktor-Anmeldung, Sperren und verweigerte Zugriffe auf Seiten, jeweils mit Zeitpunkt, betroffenem Konto, IP-Adresse des Clients und Kennung der Anfrage. Administratorinnen und Administratoren sehen sie auf der Seite des Kontos.

            ### Kontakte der Partnerstädte

            Städte tragen die Ansprechpersonen ihrer Partnerschaften ein: **Name, Organisation, Funktion, E-Mail-Adresse, Telefonnummer, Sprachen** und das Datum der erfassten Einwilligung. Sie sind nur für die Nutzerinnen und Nutzer der eigenen Stadt und den Verband sichtbar, nie öffentlich. Gute Beispiele, Partnersuchen und die Stellen für Internationales können eine Ansprechperson mit Name und E-Mail-Adresse nennen; diese Angaben erscheinen dort, wo der Eintrag veröffentlicht ist.

            ### Änderungsverlauf

            Änderungen an Partnerschaften, Städten, Kontakten, guten Beispielen und anderen Einträgen werden in einem Verlauf festgehalten: **wer** hat **was** und **wann** geändert. Bei personenbezogenen Feldern (Angaben zu Kontakten, Kontakt-E-Mail-Adressen) nennt der Verlauf das geänderte Feld, speichert aber nie seinen Wert.

            ### Rückmeldungen zur Barrierefreiheit

            Wenn Sie das Feedback-Formular der Erklärung zur Barrierefreiheit nutzen, speichert das Portal Ihre Nachricht, die betroffene Seite, die Sprache der Seite und, wenn Sie sie angeben, Ihren Namen und Ihre E-Mail-Adresse, und schickt sie per E-Mail an die Administratorinnen und Administratoren des Verbands, um Ihnen zu antworten. Rechtsgrundlage: Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit § 12b BGG.

            ### Empfänger und Hosting

            [Hosting-Anbieter und Standort der Server.] E-Mails werden über [Mail-Anbieter] versendet. Eine Übermittlung in Drittländer findet nicht statt.

            ### Ihre Rechte

            Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21) sowie das Recht, sich bei einer Aufsichtsbehörde zu beschweren ([Name der zuständigen Behörde]). Die Administratorinnen und Administratoren des Verbands können alle Einträge zu einer Person anhand der E-Mail-Adresse finden, herausgeben und löschen; schreiben Sie an [Adresse].
            """,
            ContentPageSection.Legal),
    ];
}
