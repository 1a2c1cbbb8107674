namespace Briefing.Analysis.Topics;

/// <summary>
/// General vocabulary behind the seed topics: names of states with their adjectives, capitals used as metonyms,
/// leaders and acronyms, in Hebrew and English. Hebrew prefix letters (ו ה ב כ ל מ ש) are handled by the matcher,
/// so only inflections (gender, number) are listed. Each list is joined into one <c>a|b|c</c> rule item.
/// </summary>
public static class SeedVocabulary
{
    public static readonly string[] Azerbaijan =
    [
        "Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "Baku", "Aliyev", "Bayramov", "Hajiyev", "SOCAR",
        "אזרבייג'ן", "אזרבייג'אן", "אזרביג'אן", "אזרביג'ן", "אזרבייג'ני", "אזרבייג'נית", "אזרבייג'נים", "אזרבייג'אני", "אזרבייג'אנית",
        "אזרבייג'אנים", "אזרי", "אזרית", "אזרים", "אזריות", "באקו", "עלייב", "אלייב", "ביירמוב", "בייראמוב",
        "חגייב", "חגיייב", "חאג'ייב", "חאג'יייב", "סוקאר",
    ];

    public static readonly string[] Israel =
    [
        "Israel", "Israeli", "Israelis", "Jerusalem", "Tel Aviv", "Netanyahu", "Herzog", "Lapid", "Sa'ar", "Knesset",
        "ישראל", "ישראלי", "ישראלית", "ישראלים", "ישראליות", "ירושלים", "תל אביב", "נתניהו", "הרצוג", "לפיד", "גדעון סער",
        "רה\"מ", "IDF", "Mossad", "צה\"ל",
    ];

    public static readonly string[] UnitedStates =
    [
        "United States", "U.S.", "=US", "USA", "America", "American", "Americans", "Washington", "White House",
        "State Department", "Trump", "Biden", "Rubio", "Witkoff", "Congress", "Senate", "Pentagon",
        "ארה\"ב", "ארצות הברית", "אמריקה", "אמריקני", "אמריקנית", "אמריקנים", "אמריקאי", "אמריקאית", "אמריקאים",
        "וושינגטון", "הבית הלבן", "טראמפ", "ביידן", "רוביו", "ויטקוף", "הקונגרס", "הסנאט", "מחלקת המדינה", "הפנטגון",
    ];

    public static readonly string[] Iran =
    [
        "Iran", "Iranian", "Iranians", "Tehran", "Islamic Republic", "Khamenei", "Araghchi", "Pezeshkian", "IRGC",
        "Revolutionary Guard", "Revolutionary Guards", "ayatollah*",
        "איראן", "איראני", "איראנית", "איראנים", "איראניות", "טהרן", "הרפובליקה האסלאמית", "חמינאי", "עראקצ'י", "פזשכיאן",
        "משמרות המהפכה", "אייתולל*",
    ];

    /// <summary>Iran's nuclear file and the sanctions regime: specific enough to need only Iran somewhere in the text.</summary>
    public static readonly string[] IranNuclearAndSanctions =
    [
        "IAEA", "International Atomic Energy Agency", "enrichment", "enriched uranium", "uranium", "centrifuge*", "Fordow",
        "Natanz", "JCPOA", "nuclear deal", "nuclear program", "nuclear programme", "nuclear weapon*", "snapback",
        "snap-back", "maximum pressure", "inspectors", "Board of Governors", "non-proliferation", "NPT",
        "סבא\"א", "הסוכנות הבינלאומית לאנרגיה אטומית", "העשרה", "העשרת", "מועשר", "אורניום", "צנטריפוג*", "פורדו",
        "נתנז", "הסכם הגרעין", "תוכנית הגרעין", "פרויקט הגרעין", "תוכנית גרעין", "נשק גרעיני", "סנאפבק", "סנפבק",
        "לחץ מרבי", "לחץ מקסימלי", "פקחים", "מועצת הנגידים", "גרעין", "גרעיני", "גרעינית",
    ];

    /// <summary>Words that put an Iran mention in the topic's frame: nuclear, sanctions, proxies, force, confrontation.</summary>
    // "talks" and "envoy" are left out on purpose: Iran's talks with third countries are not the topic; US or Israeli
    // talks with Iran are caught by Iran named near the US or Israel.
    public static readonly string[] IranSecurityContext =
    [
        .. IranNuclearAndSanctions, "nuclear", "sanctions", "sanction", "sanctioned", "Hezbollah", "Houthi*", "Hamas",
        "proxies", "proxy", "axis of resistance", "missile*", "ballistic", "drone*", "airstrike*", "air strike*",
        "military strike*", "strike on", "strikes on", "attack on", "attacks on", "aggression", "threat", "threats",
        "regime", "deterrence", "retaliat*", "Security Council",
        "סנקציות", "סנקציה", "חיזבאללה", "חות'ים", "חות'י", "חמאס", "שלוחות", "שלוחים", "ציר הרשע", "ציר ההתנגדות",
        "טיל", "טילים", "כטב\"ם", "כטב\"מים", "תקיפה", "תקיפות", "מתקפה", "תוקפנות", "איום", "איומים", "המשטר", "משטר",
        "הרתעה", "מועצת הביטחון",
    ];

    public static readonly string[] AbrahamAccords =
    [
        "Abraham Accords", "Abraham Accord", "Abraham agreements", "הסכמי אברהם", "הסכם אברהם", "הסכמי אברהם",
    ];

    public static readonly string[] Section907 =
    [
        "Section 907", "Sec. 907", "907 waiver", "סעיף 907", "תיקון 907", "FREEDOM Support Act", "Freedom Support Act",
    ];

    public static readonly string[] AidAndWaiver =
    [
        "waiver", "waivers", "waive", "waived", "assistance", "aid", "restriction", "restrictions", "repeal", "repealed",
        "amendment", "ויתור", "ויתורים", "הסיוע", "סיוע", "הגבלה", "הגבלות", "ביטול", "תיקון", "השעיה", "השעיית",
    ];

    /// <summary>Words for what the Act's section is about, expected near a bare "907".</summary>
    public static readonly string[] LawContext =
    [
        .. AidAndWaiver, "section", "clause", "provision", "act", "law", "Congress", "sanction*", "סעיף", "חוק", "הקונגרס",
        "סנקציות", "הוראה", "מגביל", "המגביל",
    ];

    /// <summary>Other laws with a section 907: tax and education codes.</summary>
    public static readonly string[] OtherSections907 =
    [
        "Internal Revenue", "IRC", "tax code", "tax credit", "U.S.C.", "CFR", "Higher Education Act", "Title 26",
        "פקודת מס הכנסה", "חוק מס",
    ];

    /// <summary>Other things numbered 907: flights, phone area codes, roads, and other laws' sections.</summary>
    public static readonly string[] Not907 =
    [
        .. OtherSections907, "flight", "flights", "airline*", "airport", "area code", "phone", "dial", "road", "route",
        "highway", "bus", "טיסה", "טיסת", "טיסות", "קידומת", "טלפון", "כביש", "אוטובוס",
    ];

    /// <summary>Sport and culture: a match or a film review between the same countries is not diplomacy.</summary>
    public static readonly string[] SportAndCulture =
    [
        "football", "soccer", "UEFA", "FIFA", "Champions League", "Europa League", "Conference League", "World Cup",
        "stadium", "striker", "goalkeeper", "midfielder", "Qarabag", "Neftchi", "film", "films", "cinema", "movie",
        "film festival", "Cannes", "Palme d'Or", "box office", "Eurovision", "Olympics", "Olympic", "tournament",
        // Hebrew words that are also everyday words are left out or given with the article: במאי is also "in May",
        // ביקורת is "criticism", and שוער would match משוער ("estimated") behind the prefix מ.
        "כדורגל", "כדורסל", "ליגת האלופות", "הליגה האירופית", "ליגת הקונפרנס", "מונדיאל", "גביע העולם", "אצטדיון",
        "השוער", "קרבאך", "נפטצ'י", "אופ\"א", "פיפ\"א", "סרט", "סרטים", "סרטו", "קולנוע", "פסטיבל", "קאן", "דקל הזהב",
        "הבמאי", "במאית", "במאים", "אירוויזיון", "אולימפיאדה", "האולימפיאדה", "אולימפי", "אולימפית", "טורניר",
    ];

    /// <summary>One rule item standing for any of the words.</summary>
    public static string AnyOf(params IEnumerable<string>[] lists) => string.Join('|', lists.SelectMany(l => l).Distinct());
}
