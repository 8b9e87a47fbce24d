using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Data.DemoData;

internal sealed record DemoCity(string Name, string CountryCode, string? Region, double Latitude, double Longitude, int Population, bool IsAssociationMember);
internal sealed record DemoUnit(string City, string Name, UnitKind Kind, decimal StaffFte, decimal? AnnualBudgetEur, string? ContactEmail, bool HasAdoptedStrategy);
internal sealed record DemoPartnership(string City, string Partner, PartnershipKind Kind, PartnershipStatus Status, int? StartedYear, int? EndedYear, string Description, string[] ActionAreas);

// Real cities and real twin-town pairs. Pairs and coordinates: English Wikipedia "List of twin towns and sister cities"
// (CC BY-SA 4.0), coordinates partly from OpenStreetMap (ODbL), via /work/shared/data/twinnings. Populations are rounded
// city-proper figures. Agreement years, units, budgets and best practices are illustrative demo values.
internal static class DemoCatalogue
{
    public const string ClimateAction = "Climate action and environmental protection";
    public const string Health = "Health and pandemic response";
    public const string Economy = "Economic prosperity";
    public const string Migration = "Migration and displacement";
    public const string SustainableDevelopment = "Sustainable development (SDGs)";
    public const string KnowledgeExchange = "Knowledge exchange";

    public static IReadOnlyList<DemoCity> Cities { get; } =
    [
        // Members of the municipal association
        new("Düsseldorf", "DE", "North Rhine-Westphalia", 51.2256, 6.7767, 631_000, true),
        new("Leipzig", "DE", "Saxony", 51.3400, 12.3750, 616_000, true),
        new("Berlin", "DE", "Berlin", 52.5200, 13.4050, 3_755_000, true),
        new("Köln", "DE", "North Rhine-Westphalia", 50.9364, 6.9528, 1_084_000, true),
        new("München", "DE", "Bavaria", 48.1375, 11.5750, 1_510_000, true),
        new("Hamburg", "DE", "Hamburg", 53.5500, 10.0000, 1_892_000, true),
        new("Frankfurt am Main", "DE", "Hesse", 50.1106, 8.6821, 773_000, true),
        new("Dortmund", "DE", "North Rhine-Westphalia", 51.5139, 7.4653, 595_000, true),
        new("Bonn", "DE", "North Rhine-Westphalia", 50.7353, 7.1022, 336_000, true),
        new("Hannover", "DE", "Lower Saxony", 52.3667, 9.7167, 548_000, true),
        new("Nürnberg", "DE", "Bavaria", 49.4539, 11.0775, 530_000, true),
        new("Stuttgart", "DE", "Baden-Württemberg", 48.7775, 9.1800, 633_000, true),

        // Cities from the urban diplomacy article
        new("Toulouse", "FR", "Occitanie", 43.6045, 1.4440, 504_000, false),
        new("Tunis", "TN", "Tunis Governorate", 36.8064, 10.1817, 638_000, false),
        new("Kafue", "ZM", "Lusaka Province", -15.7667, 28.1833, 220_000, false),
        new("Lusaka", "ZM", "Lusaka Province", -15.4167, 28.2833, 3_080_000, false),
        new("San Antonio", "US", "Texas", 29.4250, -98.4939, 1_495_000, false),
        new("Recife", "BR", "Pernambuco", -8.0500, -34.9000, 1_488_000, false),

        // Real twin towns of the cities above
        new("Darmstadt", "DE", "Hesse", 49.8722, 8.6528, 162_000, false),
        new("Reading", "GB", "England", 51.4515, -0.9836, 174_000, false),
        new("Chongqing", "CN", null, 29.5637, 106.5504, 9_600_000, false),
        new("Palermo", "IT", "Sicily", 38.1111, 13.3517, 630_000, false),
        new("Warsaw", "PL", "Mazovia", 52.2300, 21.0111, 1_862_000, false),
        new("Addis Ababa", "ET", null, 9.0300, 38.7400, 3_860_000, false),
        new("Brno", "CZ", "South Moravian", 49.1925, 16.6083, 400_000, false),
        new("Kraków", "PL", "Lesser Poland", 50.0614, 19.9372, 804_000, false),
        new("Lyon", "FR", "Auvergne-Rhône-Alpes", 45.7675, 4.8350, 522_000, false),
        new("Bologna", "IT", "Emilia-Romagna", 44.4939, 11.3428, 391_000, false),
        new("Birmingham", "GB", "England", 52.4800, -1.9025, 1_145_000, false),
        new("Houston", "US", "Texas", 29.7628, -95.3831, 2_315_000, false),
        new("Ho Chi Minh City", "VN", null, 10.7756, 106.7019, 9_390_000, false),
        new("Nanjing", "CN", "Jiangsu", 32.0608, 118.7789, 9_500_000, false),
        new("Windhoek", "NA", "Khomas Region", -22.5700, 17.0836, 486_000, false),
        new("Jakarta", "ID", null, -6.1753, 106.8269, 10_680_000, false),
        new("Mexico City", "MX", null, 19.4333, -99.1333, 9_210_000, false),
        new("Buenos Aires", "AR", null, -34.6039, -58.3814, 3_120_000, false),
        new("Prague", "CZ", null, 50.0875, 14.4214, 1_357_000, false),
        new("Rio de Janeiro", "BR", "Rio de Janeiro", -22.9111, -43.2056, 6_212_000, false),
        new("Bethlehem", "PS", "Bethlehem Governorate", 31.7044, 35.2064, 28_000, false),
        new("Liverpool", "GB", "England", 53.4072, -2.9917, 496_000, false),
        new("Harare", "ZW", "Harare Province", -17.8292, 31.0522, 1_850_000, false),
        new("Edinburgh", "GB", "Scotland", 55.9533, -3.1892, 514_000, false),
        new("Kyiv", "UA", null, 50.4500, 30.5233, 2_952_000, false),
        new("Dar es Salaam", "TZ", "Dar es Salaam Region", -6.8161, 39.2803, 5_383_000, false),
        new("León", "NI", "León Department", 12.3021, -86.9680, 210_000, false),
        new("Marseille", "FR", "Provence-Alpes-Côte d'Azur", 43.2964, 5.3700, 873_000, false),
        new("Guangzhou", "CN", "Guangdong", 23.1300, 113.2600, 18_830_000, false),
        new("Kumasi", "GH", "Ashanti Region", 6.7000, -1.6250, 443_000, false),
        new("Leeds", "GB", "England", 53.7975, -1.5436, 812_000, false),
        new("La Paz", "BO", "La Paz Department", -16.4958, -68.1333, 755_000, false),
        new("Cape Coast", "GH", "Central Region", 5.1000, -1.2500, 190_000, false),
        new("Blantyre", "MW", "Southern Region", -15.7861, 35.0058, 800_000, false),
        new("Bristol", "GB", "England", 51.4536, -2.5975, 472_000, false),
        new("Poznań", "PL", "Greater Poland", 52.4083, 16.9336, 540_000, false),
        new("San Carlos", "NI", "Río San Juan Department", 11.1781, -84.8340, 48_000, false),
        new("Atlanta", "US", "Georgia", 33.7489, -84.3900, 510_000, false),
        new("Mumbai", "IN", "Maharashtra", 19.0761, 72.8775, 12_442_000, false),
        new("Cairo", "EG", "Cairo Governorate", 30.0444, 31.2358, 10_000_000, false),
        new("Porto", "PT", "Norte", 41.1500, -8.6108, 232_000, false),
        new("Guadalajara", "MX", "Jalisco", 20.6767, -103.3475, 1_385_000, false),
    ];

    // Each unit is named as its city names it, in the city's own language.
    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("Düsseldorf", "Büro für Internationale Angelegenheiten", UnitKind.Office, 9.5m, 850_000m, "international@duesseldorf.example", true),
        new("Leipzig", "Referat Internationale Zusammenarbeit", UnitKind.Division, 12m, 1_150_000m, "international@leipzig.example", true),
        new("Berlin", "Senatskanzlei, Abteilung Internationale Beziehungen", UnitKind.Department, 24m, 3_400_000m, "international@berlin.example", true),
        new("Köln", "Amt für Internationale Angelegenheiten", UnitKind.Office, 11m, 1_200_000m, "international@koeln.example", true),
        new("München", "Büro des Oberbürgermeisters, Internationale Angelegenheiten", UnitKind.MayorsOffice, 14.5m, 1_900_000m, "international@muenchen.example", true),
        new("Hamburg", "Senatskanzlei, Amt für Internationale Zusammenarbeit", UnitKind.Department, 22m, 2_800_000m, "international@hamburg.example", true),
        new("Frankfurt am Main", "Büro des Oberbürgermeisters, Internationale Beziehungen", UnitKind.MayorsOffice, 8m, 900_000m, "international@frankfurt.example", false),
        new("Dortmund", "Büro für Internationale Beziehungen", UnitKind.Office, 6.5m, 520_000m, "international@dortmund.example", false),
        new("Bonn", "Amt für Internationales und globale Nachhaltigkeit", UnitKind.Division, 10m, 1_050_000m, "international@bonn.example", true),
        new("Hannover", "Referat für Internationale Beziehungen", UnitKind.Division, 4.5m, 380_000m, "international@hannover.example", false),
        new("Nürnberg", "Amt für Internationale Beziehungen", UnitKind.Office, 5m, null, "international@nuernberg.example", true),
        new("Stuttgart", "Abteilung Außenbeziehungen", UnitKind.Department, 7.5m, 610_000m, "international@stuttgart.example", true),
        new("Toulouse", "Direction des relations européennes et internationales", UnitKind.Department, 16m, 2_100_000m, "international@toulouse.example", true),
        new("San Antonio", "International Relations Office", UnitKind.Office, 9m, 1_300_000m, "international@sanantonio.example", true),
        new("Recife", "Secretaria Executiva de Relações Internacionais", UnitKind.Department, 6m, 240_000m, "international@recife.example", false),
        new("Lusaka", "Public Relations and International Cooperation Unit", UnitKind.Division, 3m, 45_000m, "international@lusaka.example", false),
        new("Kafue", "Office of the Mayor", UnitKind.MayorsOffice, 0.5m, null, "mayor@kafue.example", false),
    ];

    public static IReadOnlyList<DemoPartnership> Partnerships { get; } =
    [
        // Climate twins from the article
        new("Düsseldorf", "Toulouse", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 2022, null,
            "Klimazwillinge: Bis zum Ende des Jahrhunderts nähern sich Düsseldorfs Temperaturen den Prognosen nach denen des heutigen Toulouse. Beide Städte vergleichen Hitzeaktionspläne, Stadtbegrünung und Wassermanagement.",
            [ClimateAction, KnowledgeExchange]),
        new("Toulouse", "Tunis", PartnershipKind.Contact, PartnershipStatus.Active, 2023, null,
            "Klimazwillinge: Das künftige Klima von Toulouse wird dem heutigen Klima von Tunis ähneln. Die Fachleute tauschen Erfahrungen mit hitzeresilientem Bauen und der Verschattung öffentlicher Plätze aus.",
            [ClimateAction, KnowledgeExchange]),
        new("Düsseldorf", "Tunis", PartnershipKind.Contact, PartnershipStatus.Proposed, null, null,
            "Vorschlag, die Klimazwillingskette Düsseldorf–Toulouse–Tunis mit einem direkten Dialog der drei Städte zur Klimaanpassung zu schließen.",
            [ClimateAction]),

        // Düsseldorf
        new("Düsseldorf", "Reading", PartnershipKind.Twinning, PartnershipStatus.Active, 1988, null,
            "Langjährige Städtepartnerschaft mit Austausch zwischen Schulen, Sportvereinen und Chören.",
            [KnowledgeExchange]),
        new("Düsseldorf", "Warsaw", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Partnerschaft zweier Wirtschaftszentren mit regelmäßigem Austausch zu Messen und Gründungsförderung.",
            [Economy, KnowledgeExchange]),
        new("Düsseldorf", "Chongqing", PartnershipKind.Twinning, PartnershipStatus.Active, 2004, null,
            "Zusammenarbeit in Handel, Logistik und Berufsbildung; in Düsseldorf lebt eine große chinesische Unternehmerschaft.",
            [Economy]),
        new("Düsseldorf", "Palermo", PartnershipKind.Twinning, PartnershipStatus.Active, 2016, null,
            "Städtepartnerschaft mit Schwerpunkt auf Kultur, Jugendaustausch und der Aufnahme von Geflüchteten, die über das Mittelmeer ankommen.",
            [Migration, KnowledgeExchange]),

        // Leipzig
        new("Leipzig", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1961, null,
            "Eine der ältesten Partnerschaften Leipzigs. Seit 2022 organisieren die Städte Hilfslieferungen und Unterstützung für Vertriebene aus Kyjiw.",
            [Migration, Health]),
        new("Leipzig", "Bologna", PartnershipKind.Twinning, PartnershipStatus.Active, 1962, null,
            "Partnerschaft zweier Universitäts- und Messestädte mit kulturellem und wissenschaftlichem Austausch.",
            [KnowledgeExchange]),
        new("Leipzig", "Brno", PartnershipKind.Twinning, PartnershipStatus.Active, 1973, null,
            "Enge Verbindung zweier Messestädte, auch mit gemeinsamen Projekten zur Stadterneuerung.",
            [Economy, KnowledgeExchange]),
        new("Leipzig", "Lyon", PartnershipKind.Twinning, PartnershipStatus.Active, 1981, null,
            "Städtepartnerschaft mit Austausch in Kultur, Bildung und Stadtentwicklung.",
            [KnowledgeExchange]),
        new("Leipzig", "Hannover", PartnershipKind.Twinning, PartnershipStatus.Active, 1987, null,
            "Deutsch-deutsche Partnerschaft, noch vor der Wiedervereinigung geschlossen; heute mit Schwerpunkt auf Verwaltungsaustausch und Kultur.",
            [KnowledgeExchange]),
        new("Leipzig", "Nanjing", PartnershipKind.Twinning, PartnershipStatus.Active, 1988, null,
            "Partnerschaft in Handel, Hochschulkooperation und Umwelttechnik.",
            [Economy, ClimateAction]),
        new("Leipzig", "Frankfurt am Main", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Im Jahr der Wiedervereinigung besiegelte Partnerschaft mit Personalaustausch zwischen beiden Stadtverwaltungen.",
            [KnowledgeExchange]),
        new("Leipzig", "Birmingham", PartnershipKind.Twinning, PartnershipStatus.Active, 1992, null,
            "Städtepartnerschaft mit Jugend-, Musik- und Kulturaustausch.",
            [KnowledgeExchange]),
        new("Leipzig", "Houston", PartnershipKind.Twinning, PartnershipStatus.Active, 1993, null,
            "Schwesterstadtbeziehung mit Verbindungen in Energieforschung, Medizin und Kunst.",
            [Economy, Health]),
        new("Leipzig", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1995, null,
            "Partnerschaft mit Austausch zwischen Universitäten, Museen und Stadtverwaltungen.",
            [KnowledgeExchange]),
        new("Leipzig", "Addis Ababa", PartnershipKind.Twinning, PartnershipStatus.Active, 2004, null,
            "Partnerschaft mit der äthiopischen Hauptstadt, mit Projekten zu Berufsbildung, Wasserversorgung und öffentlicher Gesundheit.",
            [SustainableDevelopment, Health]),
        new("Leipzig", "Ho Chi Minh City", PartnershipKind.Twinning, PartnershipStatus.Active, 2021, null,
            "Junge Partnerschaft, die auf langjährigen vietnamesisch-deutschen Verbindungen in Leipzig aufbaut, mit Schwerpunkt auf Wirtschaft und Bildung.",
            [Economy, KnowledgeExchange]),
        new("Leipzig", "Recife", PartnershipKind.Contact, PartnershipStatus.Proposed, null, null,
            "Erste Kontakte nach einem Treffen der Fachleute für internationale Beziehungen; beide Seiten prüfen ein Projekt zur städtischen Klimaanpassung.",
            [ClimateAction, KnowledgeExchange]),

        // Berlin
        new("Berlin", "Warsaw", PartnershipKind.Twinning, PartnershipStatus.Active, 1991, null,
            "Partnerschaft zweier benachbarter Hauptstädte mit Zusammenarbeit in Kultur, Jugend und Stadtverwaltung.",
            [KnowledgeExchange]),
        new("Berlin", "Mexico City", PartnershipKind.Twinning, PartnershipStatus.Active, 1993, null,
            "Partnerschaft zweier Hauptstädte mit Austausch zu städtischer Mobilität, Luftqualität und Kultur.",
            [ClimateAction, KnowledgeExchange]),
        new("Berlin", "Jakarta", PartnershipKind.Twinning, PartnershipStatus.Active, 1994, null,
            "Zusammenarbeit in Stadtplanung, Hochwasserschutz und Berufsbildung.",
            [ClimateAction, SustainableDevelopment]),
        new("Berlin", "Buenos Aires", PartnershipKind.Twinning, PartnershipStatus.Active, 1994, null,
            "Partnerschaft mit engen kulturellen Verbindungen, darunter Austausch zu Tango, Film und Theater.",
            [KnowledgeExchange]),
        new("Berlin", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1995, null,
            "Partnerschaft zweier mitteleuropäischer Hauptstädte mit Verwaltungs- und Kulturaustausch.",
            [KnowledgeExchange]),
        new("Berlin", "Windhoek", PartnershipKind.Twinning, PartnershipStatus.Active, 2000, null,
            "Partnerschaft, die sich auch mit der kolonialen Vergangenheit auseinandersetzt, mit Projekten zu Energieeffizienz und Kommunalverwaltung.",
            [SustainableDevelopment, KnowledgeExchange]),

        // Köln
        new("Köln", "Liverpool", PartnershipKind.Twinning, PartnershipStatus.Active, 1952, null,
            "Eine der frühen deutsch-britischen Städtepartnerschaften der Nachkriegszeit.",
            [KnowledgeExchange]),
        new("Köln", "Tunis", PartnershipKind.Twinning, PartnershipStatus.Active, 1964, null,
            "Langjährige Partnerschaft mit Projekten zur Berufsbildung und zur Stärkung der Zivilgesellschaft.",
            [Economy, SustainableDevelopment]),
        new("Köln", "Bethlehem", PartnershipKind.Twinning, PartnershipStatus.Active, 1996, null,
            "Partnerschaft mit Projekten in Gesundheitsversorgung, Bildung und Tourismus.",
            [Health, SustainableDevelopment]),
        new("Köln", "Rio de Janeiro", PartnershipKind.Twinning, PartnershipStatus.Active, 2011, null,
            "Partnerschaft mit Schwerpunkt auf Klimaschutz, nachhaltiger Stadtentwicklung und Kultur.",
            [ClimateAction, SustainableDevelopment]),

        // München
        new("München", "Edinburgh", PartnershipKind.Twinning, PartnershipStatus.Active, 1954, null,
            "Städtepartnerschaft aus der Nachkriegszeit mit Austausch zwischen Schulen, Festivals und Universitäten.",
            [KnowledgeExchange]),
        new("München", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Seit 2022 konzentriert sich die Partnerschaft auf humanitäre Hilfe, Krankenhausausstattung und Unterstützung für Menschen, die vor dem Krieg geflohen sind.",
            [Health, Migration]),
        new("München", "Harare", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1996, null,
            "Der offizielle Austausch ruht seit Jahren weitgehend; zivilgesellschaftliche und schulische Verbindungen bestehen weiter.",
            [SustainableDevelopment]),

        // Hamburg
        new("Hamburg", "Marseille", PartnershipKind.Twinning, PartnershipStatus.Active, 1958, null,
            "Partnerschaft zweier Hafenstädte mit Zusammenarbeit in Hafenwirtschaft und Kultur.",
            [Economy]),
        new("Hamburg", "León", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Von der Zivilgesellschaft getragene Partnerschaft mit Projekten in Bildung, Wasserversorgung und Gesundheit.",
            [SustainableDevelopment, Health]),
        new("Hamburg", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Durch die Elbe verbundene Partnerschaft mit kulturellem und wirtschaftlichem Austausch.",
            [Economy, KnowledgeExchange]),
        new("Hamburg", "Dar es Salaam", PartnershipKind.Twinning, PartnershipStatus.Active, 2010, null,
            "Partnerschaft zweier Hafenstädte mit Projekten zu Abfallwirtschaft, Klimaanpassung und Gesundheit.",
            [ClimateAction, Health, SustainableDevelopment]),
        new("Hamburg", "Tunis", PartnershipKind.ProjectPartnership, PartnershipStatus.Ended, 2012, 2016,
            "Projekt zu Berufsbildung und Arbeitsvermittlung für junge Menschen, vier Jahre gefördert und dann abgeschlossen.",
            [Economy, Migration]),

        // Frankfurt am Main
        new("Frankfurt am Main", "Lyon", PartnershipKind.Twinning, PartnershipStatus.Active, 1960, null,
            "Städtepartnerschaft mit Jugendaustausch und Zusammenarbeit der beiden Stadtverwaltungen.",
            [KnowledgeExchange]),
        new("Frankfurt am Main", "Birmingham", PartnershipKind.Twinning, PartnershipStatus.Active, 1966, null,
            "Städtepartnerschaft mit einem jährlichen Frankfurter Weihnachtsmarkt in Birmingham.",
            [Economy, KnowledgeExchange]),
        new("Frankfurt am Main", "Guangzhou", PartnershipKind.Friendship, PartnershipStatus.Active, 1988, null,
            "Städtefreundschaft mit Schwerpunkt auf Handel, Luftfahrt und Messen.",
            [Economy]),
        new("Frankfurt am Main", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnerschaft mit Austausch zu Finanzwirtschaft, Kultur und Stadtentwicklung.",
            [Economy, KnowledgeExchange]),
        new("Frankfurt am Main", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1991, null,
            "Städtepartnerschaft mit Austausch zwischen Schulen, Museen und Stadtverwaltungen.",
            [KnowledgeExchange]),
        new("Frankfurt am Main", "Lusaka", PartnershipKind.ProjectPartnership, PartnershipStatus.Ended, 2015, 2019,
            "Projekt zu Müllabfuhr und Recycling in zwei Wohnvierteln Lusakas; es endete wie geplant mit dem Förderzeitraum.",
            [ClimateAction, SustainableDevelopment]),

        // Dortmund
        new("Dortmund", "Leeds", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1969, null,
            "Städtepartnerschaft zweier ehemaliger Industriestädte; gemeinsame Aktivitäten waren in den letzten Jahren selten.",
            [KnowledgeExchange]),
        new("Dortmund", "Kumasi", PartnershipKind.Twinning, PartnershipStatus.Active, 2017, null,
            "Partnerschaft mit Projekten zu Jugendbeschäftigung, digitalen Kompetenzen und Fußball.",
            [Economy, SustainableDevelopment]),

        // Bonn
        new("Bonn", "La Paz", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 1996, null,
            "Projektpartnerschaft zu Klimaschutz, Biodiversität und nachhaltiger Stadtentwicklung.",
            [ClimateAction, SustainableDevelopment]),
        new("Bonn", "Cape Coast", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 2012, null,
            "Projektpartnerschaft zu Abfallwirtschaft, Küstenschutz und kommunaler SDG-Berichterstattung.",
            [ClimateAction, SustainableDevelopment]),
        new("Bonn", "Kafue", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 2023, null,
            "Deutsch-sambische Projektpartnerschaft, entstanden nach einem Besuchsprogramm in Deutschland. Sie umfasst klimaresiliente Wasserversorgung und Finanzierungsstrategien für kommunale Projekte.",
            [ClimateAction, SustainableDevelopment, KnowledgeExchange]),

        // Hannover
        new("Hannover", "Bristol", PartnershipKind.Twinning, PartnershipStatus.Active, 1947, null,
            "Eine der ersten deutsch-britischen Städtepartnerschaften nach dem Zweiten Weltkrieg.",
            [KnowledgeExchange]),
        new("Hannover", "Blantyre", PartnershipKind.Twinning, PartnershipStatus.Active, 1968, null,
            "Partnerschaft mit Projekten zu Gesundheitsversorgung, Schulen und Wasserversorgung.",
            [Health, SustainableDevelopment]),
        new("Hannover", "Poznań", PartnershipKind.Twinning, PartnershipStatus.Active, 1979, null,
            "Partnerschaft mit Austausch zu Messen, Jugend und Kultur.",
            [Economy, KnowledgeExchange]),

        // Nürnberg
        new("Nürnberg", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1979, null,
            "Partnerschaft mit starkem Kulturprogramm und Menschenrechtsbildung.",
            [KnowledgeExchange]),
        new("Nürnberg", "San Carlos", PartnershipKind.Twinning, PartnershipStatus.Active, 1985, null,
            "Von der Zivilgesellschaft getragene Partnerschaft mit einer nicaraguanischen Stadt, mit Projekten zu Schulen, Gesundheitsposten und fairem Handel.",
            [SustainableDevelopment, Health]),
        new("Nürnberg", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnerschaft mit Kulturaustausch und Zusammenarbeit im Tourismus.",
            [Economy, KnowledgeExchange]),
        new("Nürnberg", "Atlanta", PartnershipKind.Twinning, PartnershipStatus.Active, 1998, null,
            "Schwesterstadtbeziehung mit Schwerpunkt auf Menschenrechten und der Geschichte der Bürgerrechtsbewegung.",
            [KnowledgeExchange]),

        // Stuttgart
        new("Stuttgart", "Mumbai", PartnershipKind.Twinning, PartnershipStatus.Active, 1968, null,
            "Partnerschaft mit wirtschaftlichen Verbindungen und Austausch zu städtischer Mobilität.",
            [Economy]),
        new("Stuttgart", "Cairo", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1979, null,
            "Partnerschaft mit wenigen gemeinsamen Aktivitäten in den letzten Jahren; beide Seiten erwägen einen Neustart.",
            [KnowledgeExchange]),
        new("Stuttgart", "Brno", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Partnerschaft mit Austausch zu Automobilindustrie, Universitäten und Kultur.",
            [Economy, KnowledgeExchange]),

        // Toulouse
        new("Toulouse", "Atlanta", PartnershipKind.Twinning, PartnershipStatus.Active, 1974, null,
            "Schwesterstadtbeziehung, die auf Luft- und Raumfahrtindustrie und Universitäten aufbaut.",
            [Economy]),
        new("Toulouse", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1975, null,
            "Städtepartnerschaft mit Unterstützung für Kyjiw seit 2022, auch durch die Aufnahme von Vertriebenen.",
            [Migration]),
        new("Toulouse", "Bologna", PartnershipKind.Twinning, PartnershipStatus.Active, 1981, null,
            "Städtepartnerschaft zweier Universitätsstädte mit wissenschaftlichem und kulturellem Austausch.",
            [KnowledgeExchange]),
        new("Toulouse", "Chongqing", PartnershipKind.Friendship, PartnershipStatus.Active, 1981, null,
            "Städtefreundschaft mit Verbindungen in Luft- und Raumfahrt, Bildung und Handel.",
            [Economy]),

        // Tunis
        new("Tunis", "Marseille", PartnershipKind.Twinning, PartnershipStatus.Active, 2006, null,
            "Städtepartnerschaft über das Mittelmeer hinweg mit Zusammenarbeit in Kultur, Kulturerbe und wirtschaftlicher Entwicklung.",
            [Economy, KnowledgeExchange]),

        // Zambia
        new("Kafue", "Lusaka", PartnershipKind.Contact, PartnershipStatus.Active, 2019, null,
            "Arbeitskontakt zwischen benachbarten Kommunen zu Verkehr entlang der Kafue Road, Wasserversorgung und Hochwasserschutz.",
            [SustainableDevelopment, ClimateAction]),
        new("Lusaka", "Nanjing", PartnershipKind.Friendship, PartnershipStatus.Active, 1986, null,
            "Städtefreundschaft mit Austausch zu Infrastruktur und Handel.",
            [Economy]),

        // San Antonio
        new("San Antonio", "Guadalajara", PartnershipKind.Twinning, PartnershipStatus.Active, 1974, null,
            "Schwesterstadtbeziehung mit engen kulturellen, familiären und wirtschaftlichen Verbindungen.",
            [Economy, KnowledgeExchange]),
        new("San Antonio", "Darmstadt", PartnershipKind.Twinning, PartnershipStatus.Active, 2017, null,
            "Schwesterstadtbeziehung mit Darmstadt, mit Austausch zu Wissenschaft, Cybersicherheit und Bildung.",
            [Economy, KnowledgeExchange]),
        new("San Antonio", "Recife", PartnershipKind.Contact, PartnershipStatus.Active, 2023, null,
            "Kontakt zwischen den beiden Büros für internationale Beziehungen, die sich bei einem Besuchsprogramm zur kommunalen Diplomatie in Deutschland kennengelernt haben.",
            [KnowledgeExchange]),

        // Recife
        new("Recife", "Porto", PartnershipKind.Twinning, PartnershipStatus.Active, 1980, null,
            "Städtepartnerschaft mit Portugal auf Grundlage der gemeinsamen Geschichte, mit Kultur- und Hochschulaustausch.",
            [KnowledgeExchange]),
        new("Recife", "Guangzhou", PartnershipKind.Friendship, PartnershipStatus.Active, 2007, null,
            "Städtefreundschaft mit Schwerpunkt auf Handel und Hafenlogistik.",
            [Economy]),
    ];
}
