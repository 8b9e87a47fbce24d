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
            "Climate twins: by the end of the century Düsseldorf's temperatures are projected to approach today's Toulouse. The two cities compare heat action plans, urban greening and water management.",
            [ClimateAction, KnowledgeExchange]),
        new("Toulouse", "Tunis", PartnershipKind.Contact, PartnershipStatus.Active, 2023, null,
            "Climate twins: Toulouse's future climate is projected to resemble today's Tunis. Staff exchange experience with heat-resilient building and shading of public spaces.",
            [ClimateAction, KnowledgeExchange]),
        new("Düsseldorf", "Tunis", PartnershipKind.Contact, PartnershipStatus.Proposed, null, null,
            "Proposal to close the climate twin chain Düsseldorf–Toulouse–Tunis with a direct three-city dialogue on adaptation.",
            [ClimateAction]),

        // Düsseldorf
        new("Düsseldorf", "Reading", PartnershipKind.Twinning, PartnershipStatus.Active, 1988, null,
            "Long-standing twinning with exchanges between schools, sports clubs and choirs.",
            [KnowledgeExchange]),
        new("Düsseldorf", "Warsaw", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Partnership of two business hubs, with regular exchanges on trade fairs and start-up support.",
            [Economy, KnowledgeExchange]),
        new("Düsseldorf", "Chongqing", PartnershipKind.Twinning, PartnershipStatus.Active, 2004, null,
            "Cooperation on trade, logistics and vocational training; Düsseldorf is home to a large Chinese business community.",
            [Economy]),
        new("Düsseldorf", "Palermo", PartnershipKind.Twinning, PartnershipStatus.Active, 2016, null,
            "Twinning focused on culture, youth exchange and the reception of refugees arriving in the Mediterranean.",
            [Migration, KnowledgeExchange]),

        // Leipzig
        new("Leipzig", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1961, null,
            "One of Leipzig's oldest partnerships. Since 2022 the cities have organised aid deliveries and support for displaced people from Kyiv.",
            [Migration, Health]),
        new("Leipzig", "Bologna", PartnershipKind.Twinning, PartnershipStatus.Active, 1962, null,
            "Partnership of two university and trade-fair cities with cultural and academic exchanges.",
            [KnowledgeExchange]),
        new("Leipzig", "Brno", PartnershipKind.Twinning, PartnershipStatus.Active, 1973, null,
            "Close ties between two trade-fair cities, including joint projects on urban renewal.",
            [Economy, KnowledgeExchange]),
        new("Leipzig", "Lyon", PartnershipKind.Twinning, PartnershipStatus.Active, 1981, null,
            "Twinning with exchanges in culture, education and urban development.",
            [KnowledgeExchange]),
        new("Leipzig", "Hannover", PartnershipKind.Twinning, PartnershipStatus.Active, 1987, null,
            "German–German partnership signed before reunification, now focused on administrative exchange and culture.",
            [KnowledgeExchange]),
        new("Leipzig", "Nanjing", PartnershipKind.Twinning, PartnershipStatus.Active, 1988, null,
            "Partnership covering trade, university cooperation and environmental technology.",
            [Economy, ClimateAction]),
        new("Leipzig", "Frankfurt am Main", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnership sealed in the year of reunification, with staff exchanges between the two city administrations.",
            [KnowledgeExchange]),
        new("Leipzig", "Birmingham", PartnershipKind.Twinning, PartnershipStatus.Active, 1992, null,
            "Twinning with youth, music and cultural exchanges.",
            [KnowledgeExchange]),
        new("Leipzig", "Houston", PartnershipKind.Twinning, PartnershipStatus.Active, 1993, null,
            "Sister-city relationship with links in energy research, medicine and the arts.",
            [Economy, Health]),
        new("Leipzig", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1995, null,
            "Partnership with exchanges between universities, museums and city administrations.",
            [KnowledgeExchange]),
        new("Leipzig", "Addis Ababa", PartnershipKind.Twinning, PartnershipStatus.Active, 2004, null,
            "Partnership with the Ethiopian capital, with projects on vocational training, water supply and public health.",
            [SustainableDevelopment, Health]),
        new("Leipzig", "Ho Chi Minh City", PartnershipKind.Twinning, PartnershipStatus.Active, 2021, null,
            "Young partnership building on long-standing Vietnamese–German ties in Leipzig, with a focus on economy and education.",
            [Economy, KnowledgeExchange]),
        new("Leipzig", "Recife", PartnershipKind.Contact, PartnershipStatus.Proposed, null, null,
            "First contacts after a meeting of international relations staff; both sides are looking into a project on urban climate adaptation.",
            [ClimateAction, KnowledgeExchange]),

        // Berlin
        new("Berlin", "Warsaw", PartnershipKind.Twinning, PartnershipStatus.Active, 1991, null,
            "Partnership of two neighbouring capitals, with cooperation on culture, youth and city administration.",
            [KnowledgeExchange]),
        new("Berlin", "Mexico City", PartnershipKind.Twinning, PartnershipStatus.Active, 1993, null,
            "Partnership of two capitals with exchanges on urban mobility, air quality and culture.",
            [ClimateAction, KnowledgeExchange]),
        new("Berlin", "Jakarta", PartnershipKind.Twinning, PartnershipStatus.Active, 1994, null,
            "Cooperation on urban planning, flood protection and vocational training.",
            [ClimateAction, SustainableDevelopment]),
        new("Berlin", "Buenos Aires", PartnershipKind.Twinning, PartnershipStatus.Active, 1994, null,
            "Partnership with strong cultural links, including tango, film and theatre exchanges.",
            [KnowledgeExchange]),
        new("Berlin", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1995, null,
            "Partnership of two Central European capitals with administrative and cultural exchanges.",
            [KnowledgeExchange]),
        new("Berlin", "Windhoek", PartnershipKind.Twinning, PartnershipStatus.Active, 2000, null,
            "Partnership that also addresses the colonial past, with projects on energy efficiency and municipal administration.",
            [SustainableDevelopment, KnowledgeExchange]),

        // Köln
        new("Köln", "Liverpool", PartnershipKind.Twinning, PartnershipStatus.Active, 1952, null,
            "One of the early post-war twinnings between Germany and the United Kingdom.",
            [KnowledgeExchange]),
        new("Köln", "Tunis", PartnershipKind.Twinning, PartnershipStatus.Active, 1964, null,
            "Long-standing partnership, with projects on vocational training and support for civil society.",
            [Economy, SustainableDevelopment]),
        new("Köln", "Bethlehem", PartnershipKind.Twinning, PartnershipStatus.Active, 1996, null,
            "Partnership with projects in health care, education and tourism.",
            [Health, SustainableDevelopment]),
        new("Köln", "Rio de Janeiro", PartnershipKind.Twinning, PartnershipStatus.Active, 2011, null,
            "Partnership with a focus on climate protection, sustainable urban development and culture.",
            [ClimateAction, SustainableDevelopment]),

        // München
        new("München", "Edinburgh", PartnershipKind.Twinning, PartnershipStatus.Active, 1954, null,
            "Post-war twinning with exchanges between schools, festivals and universities.",
            [KnowledgeExchange]),
        new("München", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Since 2022 the partnership has focused on humanitarian aid, hospital equipment and help for people who fled the war.",
            [Health, Migration]),
        new("München", "Harare", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1996, null,
            "Official exchanges have largely been on hold for years; civil-society and school links continue.",
            [SustainableDevelopment]),

        // Hamburg
        new("Hamburg", "Marseille", PartnershipKind.Twinning, PartnershipStatus.Active, 1958, null,
            "Partnership of two port cities with cooperation on port management and culture.",
            [Economy]),
        new("Hamburg", "León", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Partnership carried by civil society, with projects in education, water supply and health.",
            [SustainableDevelopment, Health]),
        new("Hamburg", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnership linked by the Elbe, with cultural and economic exchanges.",
            [Economy, KnowledgeExchange]),
        new("Hamburg", "Dar es Salaam", PartnershipKind.Twinning, PartnershipStatus.Active, 2010, null,
            "Partnership of two port cities, with projects on waste management, climate adaptation and health.",
            [ClimateAction, Health, SustainableDevelopment]),
        new("Hamburg", "Tunis", PartnershipKind.ProjectPartnership, PartnershipStatus.Ended, 2012, 2016,
            "Project on vocational training and job placement for young people, funded for four years and then completed.",
            [Economy, Migration]),

        // Frankfurt am Main
        new("Frankfurt am Main", "Lyon", PartnershipKind.Twinning, PartnershipStatus.Active, 1960, null,
            "Twinning with youth exchanges and cooperation between the two cities' administrations.",
            [KnowledgeExchange]),
        new("Frankfurt am Main", "Birmingham", PartnershipKind.Twinning, PartnershipStatus.Active, 1966, null,
            "Twinning with an annual Frankfurt Christmas market in Birmingham.",
            [Economy, KnowledgeExchange]),
        new("Frankfurt am Main", "Guangzhou", PartnershipKind.Friendship, PartnershipStatus.Active, 1988, null,
            "City friendship with a focus on trade, aviation and trade fairs.",
            [Economy]),
        new("Frankfurt am Main", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnership with exchanges on finance, culture and urban development.",
            [Economy, KnowledgeExchange]),
        new("Frankfurt am Main", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1991, null,
            "Twinning with exchanges between schools, museums and city administrations.",
            [KnowledgeExchange]),
        new("Frankfurt am Main", "Lusaka", PartnershipKind.ProjectPartnership, PartnershipStatus.Ended, 2015, 2019,
            "Project on solid-waste collection and recycling in two Lusaka compounds; it ended as planned after the funding period.",
            [ClimateAction, SustainableDevelopment]),

        // Dortmund
        new("Dortmund", "Leeds", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1969, null,
            "Twinning of two former industrial cities; joint activities have been rare in recent years.",
            [KnowledgeExchange]),
        new("Dortmund", "Kumasi", PartnershipKind.Twinning, PartnershipStatus.Active, 2017, null,
            "Partnership with projects on youth employment, digital skills and football.",
            [Economy, SustainableDevelopment]),

        // Bonn
        new("Bonn", "La Paz", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 1996, null,
            "Project partnership on climate protection, biodiversity and sustainable urban development.",
            [ClimateAction, SustainableDevelopment]),
        new("Bonn", "Cape Coast", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 2012, null,
            "Project partnership on waste management, coastal protection and local SDG reporting.",
            [ClimateAction, SustainableDevelopment]),
        new("Bonn", "Kafue", PartnershipKind.ProjectPartnership, PartnershipStatus.Active, 2023, null,
            "German–Zambian project partnership started after a visitors' programme in Germany. It covers climate-resilient water supply and funding strategies for municipal projects.",
            [ClimateAction, SustainableDevelopment, KnowledgeExchange]),

        // Hannover
        new("Hannover", "Bristol", PartnershipKind.Twinning, PartnershipStatus.Active, 1947, null,
            "One of the first Anglo-German twinnings after the Second World War.",
            [KnowledgeExchange]),
        new("Hannover", "Blantyre", PartnershipKind.Twinning, PartnershipStatus.Active, 1968, null,
            "Partnership with projects on health care, schools and water supply.",
            [Health, SustainableDevelopment]),
        new("Hannover", "Poznań", PartnershipKind.Twinning, PartnershipStatus.Active, 1979, null,
            "Partnership with exchanges on trade fairs, youth and culture.",
            [Economy, KnowledgeExchange]),

        // Nürnberg
        new("Nürnberg", "Kraków", PartnershipKind.Twinning, PartnershipStatus.Active, 1979, null,
            "Partnership with a strong cultural programme and human rights education.",
            [KnowledgeExchange]),
        new("Nürnberg", "San Carlos", PartnershipKind.Twinning, PartnershipStatus.Active, 1985, null,
            "Partnership with a Nicaraguan town, carried by civil society, with projects on schools, health posts and fair trade.",
            [SustainableDevelopment, Health]),
        new("Nürnberg", "Prague", PartnershipKind.Twinning, PartnershipStatus.Active, 1990, null,
            "Partnership with cultural exchanges and cooperation on tourism.",
            [Economy, KnowledgeExchange]),
        new("Nürnberg", "Atlanta", PartnershipKind.Twinning, PartnershipStatus.Active, 1998, null,
            "Sister-city relationship focused on human rights and civil rights history.",
            [KnowledgeExchange]),

        // Stuttgart
        new("Stuttgart", "Mumbai", PartnershipKind.Twinning, PartnershipStatus.Active, 1968, null,
            "Partnership with economic ties and exchanges on urban mobility.",
            [Economy]),
        new("Stuttgart", "Cairo", PartnershipKind.Twinning, PartnershipStatus.Dormant, 1979, null,
            "Partnership with few joint activities in recent years; both sides are considering a new start.",
            [KnowledgeExchange]),
        new("Stuttgart", "Brno", PartnershipKind.Twinning, PartnershipStatus.Active, 1989, null,
            "Partnership with exchanges on automotive industry, universities and culture.",
            [Economy, KnowledgeExchange]),

        // Toulouse
        new("Toulouse", "Atlanta", PartnershipKind.Twinning, PartnershipStatus.Active, 1974, null,
            "Sister-city relationship built on aerospace industry and universities.",
            [Economy]),
        new("Toulouse", "Kyiv", PartnershipKind.Twinning, PartnershipStatus.Active, 1975, null,
            "Twinning with support for Kyiv since 2022, including the reception of displaced people.",
            [Migration]),
        new("Toulouse", "Bologna", PartnershipKind.Twinning, PartnershipStatus.Active, 1981, null,
            "Twinning of two university cities with academic and cultural exchanges.",
            [KnowledgeExchange]),
        new("Toulouse", "Chongqing", PartnershipKind.Friendship, PartnershipStatus.Active, 1981, null,
            "Friendship city relationship with links in aerospace, education and trade.",
            [Economy]),

        // Tunis
        new("Tunis", "Marseille", PartnershipKind.Twinning, PartnershipStatus.Active, 2006, null,
            "Twinning across the Mediterranean with cooperation on culture, heritage and economic development.",
            [Economy, KnowledgeExchange]),

        // Zambia
        new("Kafue", "Lusaka", PartnershipKind.Contact, PartnershipStatus.Active, 2019, null,
            "Working contact between neighbouring councils on transport along the Kafue road, water supply and flood protection.",
            [SustainableDevelopment, ClimateAction]),
        new("Lusaka", "Nanjing", PartnershipKind.Friendship, PartnershipStatus.Active, 1986, null,
            "Friendship city relationship with exchanges on infrastructure and trade.",
            [Economy]),

        // San Antonio
        new("San Antonio", "Guadalajara", PartnershipKind.Twinning, PartnershipStatus.Active, 1974, null,
            "Sister-city relationship with strong cultural, family and trade ties.",
            [Economy, KnowledgeExchange]),
        new("San Antonio", "Darmstadt", PartnershipKind.Twinning, PartnershipStatus.Active, 2017, null,
            "Sister-city relationship with Darmstadt, with exchanges on science, cybersecurity and education.",
            [Economy, KnowledgeExchange]),
        new("San Antonio", "Recife", PartnershipKind.Contact, PartnershipStatus.Active, 2023, null,
            "Contact between the two international relations offices, which met on a visitors' programme on urban diplomacy in Germany.",
            [KnowledgeExchange]),

        // Recife
        new("Recife", "Porto", PartnershipKind.Twinning, PartnershipStatus.Active, 1980, null,
            "Twinning with Portugal based on shared history, with cultural and university exchanges.",
            [KnowledgeExchange]),
        new("Recife", "Guangzhou", PartnershipKind.Friendship, PartnershipStatus.Active, 2007, null,
            "Friendship city relationship with a focus on trade and port logistics.",
            [Economy]),
    ];
}
