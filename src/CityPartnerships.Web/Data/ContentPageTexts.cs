using CityPartnerships.Domain.ContentPages;

namespace CityPartnerships.Web.Data;

/// <summary>
/// The first texts of the editable content pages: the five solutions for strengthening cities' international
/// engagement and the outlook, the closing chapters of the position paper "Cities in the world". The paper names
/// the chapters and the conditions (cities must be able to act financially, administratively and politically, and
/// network and represent their interests); these texts are a starting point that admins replace with the paper's own.
/// </summary>
internal static class ContentPageTexts
{
    public static IReadOnlyList<ContentPage> Initial() =>
    [
        new("political-mandate", 1, "Solution 1: A political mandate and a strategy", "Lösung 1: Ein politischer Auftrag und eine Strategie",
            """
            International engagement works best when the city council has decided on it and a strategy says **why** the city is engaged, **where** and **with whom**.

            - Adopt a council decision on international engagement.
            - Write a short strategy with goals per action area and review it every few years.
            - Report to the council on what the partnerships achieved.
            """,
            """
            Internationales Engagement wirkt am besten, wenn der Rat es beschlossen hat und eine Strategie sagt, **warum** sich die Stadt engagiert, **wo** und **mit wem**.

            - Fassen Sie einen Ratsbeschluss zum internationalen Engagement.
            - Schreiben Sie eine kurze Strategie mit Zielen je Handlungsfeld und überprüfen Sie sie alle paar Jahre.
            - Berichten Sie dem Rat, was die Partnerschaften erreicht haben.
            """),
        new("administrative-capacity", 2, "Solution 2: An international affairs unit that can act", "Lösung 2: Eine handlungsfähige Stelle für Internationales",
            """
            Cities need a place in the administration that coordinates international work: a unit, an office or a post in the mayor's office, with staff who know the departments.

            - Give the unit a clear remit and a contact person for every partnership.
            - Connect it with the specialist departments that do the work.
            - Keep the city's partnerships, contacts and projects in one register (this portal).
            """,
            """
            Städte brauchen einen Ort in der Verwaltung, der die internationale Arbeit koordiniert: ein Referat, ein Büro oder eine Stelle im Büro der Oberbürgermeisterin oder des Oberbürgermeisters, mit Personal, das die Fachämter kennt.

            - Geben Sie der Stelle einen klaren Auftrag und eine Ansprechperson für jede Partnerschaft.
            - Verbinden Sie sie mit den Fachämtern, die die Arbeit tun.
            - Führen Sie Partnerschaften, Kontakte und Projekte der Stadt in einem Register (diesem Portal).
            """),
        new("funding", 3, "Solution 3: Reliable funding", "Lösung 3: Verlässliche Finanzierung",
            """
            International engagement needs a budget of its own and the ability to raise third-party funds from federal, EU and international programmes.

            - Reserve a budget line for partnerships and co-financing.
            - Track application deadlines (see *Projects to push*).
            - Share successful applications with other cities.
            """,
            """
            Internationales Engagement braucht ein eigenes Budget und die Fähigkeit, Drittmittel aus Bundes-, EU- und internationalen Programmen einzuwerben.

            - Sehen Sie eine Haushaltsstelle für Partnerschaften und Kofinanzierung vor.
            - Behalten Sie Antragsfristen im Blick (siehe *Projekte voranbringen*).
            - Teilen Sie erfolgreiche Anträge mit anderen Städten.
            """),
        new("networks", 4, "Solution 4: Networks and representation of interests", "Lösung 4: Netzwerke und Interessenvertretung",
            """
            Decisions of the United Nations and the EU have a large impact on cities. Cities that network can shape them.

            - Join city networks that fit the city's priorities (CEMR, Eurocities, ICLEI, Climate Alliance, …).
            - Take part in the association's working groups.
            - Bring local experience into national and European consultations.
            """,
            """
            Beschlüsse der Vereinten Nationen und der EU wirken sich stark auf Städte aus. Städte, die sich vernetzen, können sie mitgestalten.

            - Treten Sie Städtenetzwerken bei, die zu den Schwerpunkten der Stadt passen (RGRE, Eurocities, ICLEI, Klima-Bündnis, …).
            - Arbeiten Sie in den Arbeitskreisen des Verbands mit.
            - Bringen Sie lokale Erfahrung in nationale und europäische Konsultationen ein.
            """),
        new("learning", 5, "Solution 5: Learning from each other", "Lösung 5: Voneinander lernen",
            """
            Proven solutions travel between cities when they are described well and someone tracks whether they were adopted.

            - Describe your city's best practices in the library.
            - Adopt a practice from another city and record what came of it.
            - Exchange staff between administrations.
            """,
            """
            Bewährte Lösungen wandern zwischen Städten, wenn sie gut beschrieben sind und jemand verfolgt, ob sie übernommen wurden.

            - Beschreiben Sie die guten Beispiele Ihrer Stadt in der Bibliothek.
            - Übernehmen Sie ein Beispiel einer anderen Stadt und halten Sie fest, was daraus wurde.
            - Tauschen Sie Personal zwischen Verwaltungen aus.
            """),
        new("outlook", 6, "Outlook", "Ausblick",
            """
            The global challenges of our age – climate, health, prosperity, migration – will continue to be addressed locally. The international engagement of cities will grow in importance; the association will keep this library, the action areas and the solutions up to date with its members.
            """,
            """
            Die globalen Herausforderungen unserer Zeit – Klima, Gesundheit, Wohlstand, Migration – werden weiterhin vor Ort bewältigt. Das internationale Engagement der Städte wird an Bedeutung gewinnen; der Verband hält diese Bibliothek, die Handlungsfelder und die Lösungen mit seinen Mitgliedern aktuell.
            """),
    ];
}
