namespace Briefing.Analysis.Actors;

/// <summary>
/// The starting gazetteer for the three briefing topics (Israel–Azerbaijan–US, Iran, Section 907).
/// The web app copies it into the database on first start; from then on admins edit the stored copy.
/// </summary>
public static class SeedActors
{
    /// <summary>All seed actors: states, organizations and people.</summary>
    public static IReadOnlyList<ActorDefinition> All { get; } = [.. States(), .. Organizations(), .. People()];

    private static ActorDefinition State(string key, string en, string he, string[] aliases, string capital, string[] metonyms, string[] adjectives) =>
        new(key, ActorKind.State, en, he, aliases, Role: "state", Metonyms: metonyms, Adjectives: adjectives, Capital: capital);

    private static IEnumerable<ActorDefinition> States() =>
    [
        State("israel", "Israel", "ישראל", ["Israel", "State of Israel", "מדינת ישראל"], "Jerusalem",
            ["Jerusalem", "ירושלים"], ["Israeli", "Israelis", "ישראלי"]),
        State("united-states", "United States", "ארצות הברית",
            ["United States", "United States of America", "U.S.", "US", "USA", "America", "ארה\"ב", "ארצות הברית",
             "Trump administration", "Biden administration", "US administration", "U.S. administration", "American administration",
             "ממשל טראמפ", "ממשל ביידן", "הממשל האמריקני", "הממשל האמריקאי", "הממשל בוושינגטון"],
            "Washington", ["Washington", "וושינגטון"], ["American", "Americans", "אמריקני", "אמריקאי"]),
        State("iran", "Iran", "איראן", ["Iran", "Islamic Republic of Iran", "איראן", "אירן"], "Tehran",
            ["Tehran", "טהרן", "the Islamic Republic", "Islamic Republic", "הרפובליקה האסלאמית", "המשטר האיראני"],
            ["Iranian", "Iranians", "איראני"]),
        State("azerbaijan", "Azerbaijan", "אזרבייג'ן", ["Azerbaijan", "Republic of Azerbaijan", "אזרבייג'ן", "אזרבייג'אן", "אזרבייג'אן"],
            "Baku", ["Baku", "באקו"], ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "אזרי", "אזרבייג'ני"]),
        State("armenia", "Armenia", "ארמניה", ["Armenia", "ארמניה"], "Yerevan", ["Yerevan", "ירוואן", "ירבאן"], ["Armenian", "Armenians", "ארמני"]),
        State("united-kingdom", "United Kingdom", "בריטניה", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "בריטניה"],
            "London", ["London", "לונדון"], ["British", "בריטי"]),
        State("france", "France", "צרפת", ["France", "צרפת"], "Paris", ["Paris", "פריז"], ["French", "צרפתי"]),
        State("germany", "Germany", "גרמניה", ["Germany", "גרמניה"], "Berlin", ["Berlin", "ברלין"], ["German", "גרמני"]),
        State("oman", "Oman", "עומאן", ["Oman", "עומאן", "עומן"], "Muscat", ["Muscat", "מוסקט"], ["Omani", "עומאני"]),
        State("russia", "Russia", "רוסיה", ["Russia", "רוסיה"], "Moscow", ["Moscow", "Kremlin", "מוסקבה", "הקרמלין"], ["Russian", "רוסי"]),
        State("china", "China", "סין", ["China", "סין"], "Beijing", ["Beijing", "בייג'ינג"], ["Chinese", "סיני"]),
        State("turkey", "Turkey", "טורקיה", ["Turkey", "Türkiye", "טורקיה"], "Ankara", ["Ankara", "אנקרה"], ["Turkish", "טורקי"]),
        State("morocco", "Morocco", "מרוקו", ["Morocco", "מרוקו"], "Rabat", ["Rabat", "רבאט"], ["Moroccan", "מרוקאי"]),
        State("saudi-arabia", "Saudi Arabia", "ערב הסעודית", ["Saudi Arabia", "ערב הסעודית", "סעודיה"], "Riyadh", ["Riyadh", "ריאד"], ["Saudi", "סעודי"]),
        State("uae", "United Arab Emirates", "איחוד האמירויות", ["United Arab Emirates", "UAE", "איחוד האמירויות"], "Abu Dhabi",
            ["Abu Dhabi", "אבו דאבי"], ["Emirati", "אמירותי"]),
    ];

    private static ActorDefinition Org(string key, string en, string? he, string[] aliases, string role, string? state = null, bool advisory = false) =>
        new(key, ActorKind.Organization, en, he, aliases, role, state, IsAdvisoryBody: advisory);

    private static IEnumerable<ActorDefinition> Organizations() =>
    [
        Org("atlantic-council", "Atlantic Council", "אטלנטיק קאונסיל", ["Atlantic Council", "אטלנטיק קאונסיל", "המועצה האטלנטית"],
            "US think tank", "united-states", advisory: true),
        Org("besa-center", "BESA Center", "מרכז בגין-סאדאת", ["BESA Center", "BESA", "Begin-Sadat Center", "Begin-Sadat Center for Strategic Studies",
            "מרכז בגין-סאדאת", "מרכז בגין סאדאת", "מרכז בגין-סאדאת למחקרים אסטרטגיים", "מרכז בס\"א"], "Israeli think tank", "israel", advisory: true),
        Org("eurasia-desk-review", "Eurasia Desk Review", null, ["Eurasia Desk Review"], "think tank", advisory: true),
        Org("us-congress", "US Congress", "הקונגרס", ["Congress", "US Congress", "U.S. Congress", "קונגרס", "הקונגרס האמריקני",
            "Senate", "Senators", "House of Representatives", "House Foreign Affairs", "Senate Foreign Relations", "הסנאט", "בית הנבחרים"],
            "US legislature", "united-states"),
        Org("knesset", "Knesset", "הכנסת", ["Knesset", "הכנסת", "מליאת הכנסת"], "Israeli parliament", "israel"),
        Org("us-state-department", "US State Department", "מחלקת המדינה", ["State Department", "US State Department", "U.S. State Department",
            "Department of State", "מחלקת המדינה", "משרד החוץ האמריקני"], "US foreign ministry", "united-states"),
        Org("white-house", "White House", "הבית הלבן", ["White House", "הבית הלבן"], "US presidency", "united-states"),
        Org("iaea", "IAEA", "סבא\"א", ["IAEA", "International Atomic Energy Agency", "סבא\"א", "הסוכנות הבינלאומית לאנרגיה אטומית",
            "UN nuclear watchdog", "U.N. nuclear watchdog"], "UN nuclear agency"),
        Org("e3", "E3", null, ["E3"], "United Kingdom, France and Germany acting together"),
        Org("un-security-council", "UN Security Council", "מועצת הביטחון", ["UN Security Council", "U.N. Security Council", "Security Council",
            "מועצת הביטחון", "מועצת הביטחון של האו\"ם"], "UN organ"),
        Org("united-nations", "United Nations", "האו\"ם", ["United Nations", "UN", "U.N.", "או\"ם", "UN General Assembly", "General Assembly",
            "העצרת הכללית"], "international organization"),
        Org("osce-minsk-group", "OSCE Minsk Group", "קבוצת מינסק", ["OSCE Minsk Group", "Minsk Group", "קבוצת מינסק"], "mediation format"),
        Org("pmo-israel", "Prime Minister's Office (Israel)", "לשכת ראש הממשלה", ["Prime Minister's Office", "לשכת ראש הממשלה",
            "לשכת רה\"מ", "משרד ראש הממשלה"], "Israeli government office", "israel"),
        Org("israel-competition-authority", "Israel Competition Authority", "רשות התחרות", ["Competition Authority", "Israel Competition Authority",
            "רשות התחרות"], "Israeli antitrust regulator", "israel"),
        Org("majlis-iran", "Majlis (Iran)", "המג'לס", ["Majlis", "Iranian parliament", "Iran's parliament", "המג'לס", "הפרלמנט האיראני",
            "הפרלמנט באיראן"], "Iranian parliament", "iran"),
        Org("milli-majlis", "Milli Majlis (Azerbaijan)", "המילי מג'לס", ["Milli Majlis", "Azerbaijan's parliament", "Azerbaijani parliament",
            "הפרלמנט האזרי", "הפרלמנט של אזרבייג'ן"], "Azerbaijani parliament", "azerbaijan"),
        Org("socar", "SOCAR", "סוקאר", ["SOCAR", "סוקאר", "State Oil Company of Azerbaijan", "Azerbaijan's state oil company",
            "חברת הנפט הממשלתית של אזרבייג'ן", "חברת הנפט הלאומית של אזרבייג'ן"], "Azerbaijani state oil company", "azerbaijan"),
        Org("union-energy", "Union Energy", "יוניון אנרג'י", ["Union Energy", "יוניון אנרג'י"], "Israeli energy company", "israel"),
        Org("irgc", "IRGC", "משמרות המהפכה", ["IRGC", "Revolutionary Guards", "Islamic Revolutionary Guard Corps", "משמרות המהפכה"],
            "Iranian military force", "iran"),
        Org("european-union", "European Union", "האיחוד האירופי", ["European Union", "EU", "האיחוד האירופי"], "union of European states"),
        Org("hezbollah", "Hezbollah", "חיזבאללה", ["Hezbollah", "חיזבאללה"], "Iran-backed Lebanese militia", "iran"),
    ];

    private static ActorDefinition Person(string key, string en, string? he, string[] aliases, string role, string? state, string[]? titles = null) =>
        new(key, ActorKind.Person, en, he, aliases, role, state, Titles: titles);

    private static IEnumerable<ActorDefinition> People() =>
    [
        Person("hikmet-hajiyev", "Hikmet Hajiyev", "חיכמת חגיייב", ["Hikmet Hajiyev", "Hajiyev", "חיכמת חגיייב", "חיקמט חאג'ייב",
            "חכמת חאג'ייב", "חיכמת חאג'ייב", "חגיייב", "חאג'ייב", "חג'ייב", "חאג'יייב"],
            "adviser to Azerbaijan's president, head of the presidential foreign policy department", "azerbaijan"),
        Person("benjamin-netanyahu", "Benjamin Netanyahu", "בנימין נתניהו", ["Benjamin Netanyahu", "Netanyahu", "בנימין נתניהו", "נתניהו",
            "ביבי"], "Prime Minister of Israel", "israel",
            ["רה\"מ", "ראש הממשלה", "Israel's prime minister", "Israeli prime minister", "Israeli Prime Minister", "Israel's Prime Minister"]),
        Person("marco-rubio", "Marco Rubio", "מרקו רוביו", ["Marco Rubio", "Rubio", "מרקו רוביו", "רוביו"], "US Secretary of State", "united-states"),
        Person("ilham-aliyev", "Ilham Aliyev", "אילהאם אלייב", ["Ilham Aliyev", "Aliyev", "אילהאם אלייב", "אילהם עלייב", "אילהם אלייב",
            "אלייב", "עלייב"], "President of Azerbaijan", "azerbaijan",
            ["נשיא אזרבייג'ן", "הנשיא האזרי", "Azerbaijan's president", "Azerbaijani president", "Azerbaijani President"]),
        Person("donald-trump", "Donald Trump", "דונלד טראמפ", ["Donald Trump", "Trump", "דונלד טראמפ", "טראמפ"], "President of the United States",
            "united-states", ["נשיא ארה\"ב", "הנשיא האמריקני", "US president", "U.S. president"]),
        Person("david-friedman", "David Friedman", "דיוויד פרידמן", ["David Friedman", "Friedman", "דיוויד פרידמן", "דייוויד פרידמן",
            "דוד פרידמן", "פרידמן"], "former US ambassador to Israel", "united-states"),
        Person("aaron-frenkel", "Aaron Frenkel", "אהרון פרנקל", ["Aaron Frenkel", "Frenkel", "אהרון פרנקל", "פרנקל"], "Israeli businessman", "israel"),
        Person("abbas-araghchi", "Abbas Araghchi", "עבאס עראקצ'י", ["Abbas Araghchi", "Araghchi", "עבאס עראקצ'י", "עראקצ'י", "עראקצי"],
            "Foreign Minister of Iran", "iran"),
        Person("aryeh-lightstone", "Aryeh Lightstone", "אריה לייטסטון", ["Aryeh Lightstone", "Lightstone", "אריה לייטסטון", "לייטסטון"],
            "US envoy's senior aide", "united-states"),
        Person("aysel-huseynli", "Aysel Huseynli", null, ["Aysel Huseynli", "Huseynli"], "policy fellow", null),
        Person("behrouz-kamalvandi", "Behrouz Kamalvandi", "בהרוז כמאלונדי", ["Behrouz Kamalvandi", "Kamalvandi", "בהרוז כמאלונדי", "כמאלונדי"],
            "spokesman of Iran's atomic energy organization", "iran"),
        Person("david-lammy", "David Lammy", "דייוויד לאמי", ["David Lammy", "Lammy", "דייוויד לאמי", "לאמי"], "UK Foreign Secretary", "united-kingdom"),
        Person("eli-cohen", "Eli Cohen", "אלי כהן", ["Eli Cohen", "אלי כהן"], "Israeli minister (Foreign Minister 2023)", "israel"),
        Person("elisha-barzani", "Elisha Barzani", "אלישע ברזני", ["Elisha Barzani", "Barzani", "אלישע ברזני", "ברזני"], "columnist", "israel"),
        Person("gideon-saar", "Gideon Sa'ar", "גדעון סער", ["Gideon Sa'ar", "Sa'ar", "Saar", "גדעון סער", "סער"], "Foreign Minister of Israel", "israel"),
        Person("isaac-herzog", "Isaac Herzog", "יצחק הרצוג", ["Isaac Herzog", "Herzog", "יצחק הרצוג", "הרצוג"], "President of Israel", "israel"),
        Person("jeyhun-bayramov", "Jeyhun Bayramov", "ג'ייהון ביירמוב", ["Jeyhun Bayramov", "Bayramov", "ג'ייהון ביירמוב", "ג'ייהון בייראמוב",
            "ביירמוב", "בייראמוב"], "Foreign Minister of Azerbaijan", "azerbaijan"),
        Person("masoud-pezeshkian", "Masoud Pezeshkian", "מסעוד פזשכיאן", ["Masoud Pezeshkian", "Pezeshkian", "מסעוד פזשכיאן", "פזשכיאן"],
            "President of Iran", "iran"),
        Person("nathaniel-ferrante", "Nathaniel Ferrante", null, ["Nathaniel Ferrante", "Ferrante"], "policy analyst", null),
        Person("nikol-pashinyan", "Nikol Pashinyan", "ניקול פשיניאן", ["Nikol Pashinyan", "Pashinyan", "ניקול פשיניאן", "פשיניאן"],
            "Prime Minister of Armenia", "armenia"),
        Person("stephen-biegun", "Stephen Biegun", "סטיבן ביגן", ["Stephen Biegun", "Biegun"], "US Deputy Secretary of State (2019–2021)", "united-states"),
        Person("steve-witkoff", "Steve Witkoff", "סטיב ויטקוף", ["Steve Witkoff", "Steven Witkoff", "Witkoff", "סטיב ויטקוף", "ויטקוף"],
            "US special envoy", "united-states"),
        Person("tammy-bruce", "Tammy Bruce", "טמי ברוס", ["Tammy Bruce"], "US State Department spokesperson", "united-states"),
        Person("yair-lapid", "Yair Lapid", "יאיר לפיד", ["Yair Lapid", "Lapid", "יאיר לפיד", "לפיד"], "Israeli politician (Prime Minister 2022)", "israel"),
        Person("ali-khamenei", "Ali Khamenei", "עלי חמינאי", ["Ali Khamenei", "Khamenei", "עלי חמינאי", "חמינאי", "ח'אמנאי"],
            "Supreme Leader of Iran", "iran"),
        Person("rafael-grossi", "Rafael Grossi", "רפאל גרוסי", ["Rafael Grossi", "Grossi", "רפאל גרוסי", "גרוסי"], "IAEA Director General", null),
        Person("israel-katz", "Israel Katz", "ישראל כ\"ץ", ["Israel Katz", "Katz", "ישראל כ\"ץ", "כ\"ץ"], "Israeli Defense Minister", "israel"),
        Person("tzachi-hanegbi", "Tzachi Hanegbi", "צחי הנגבי", ["Tzachi Hanegbi", "Hanegbi", "צחי הנגבי", "הנגבי"], "Israeli National Security Adviser", "israel"),
        Person("ron-dermer", "Ron Dermer", "רון דרמר", ["Ron Dermer", "Dermer", "רון דרמר", "דרמר"], "Israeli minister", "israel"),
        Person("jd-vance", "JD Vance", "ג'יי די ואנס", ["JD Vance", "J.D. Vance", "Vance", "ג'יי די ואנס"], "US Vice President", "united-states"),
    ];
}
