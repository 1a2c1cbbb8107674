using System.Text;

namespace Briefing.Bench.Extraction;

/// <summary>Deterministic synthetic news articles built from event and filler sentences, 3–5 KB each.</summary>
internal static class GeneratedArticles
{
    public sealed record Article(string Language, string Body);

    private static readonly string[] HePeople = ["בנימין נתניהו", "חיכמת חגיייב", "מרקו רוביו", "אילהאם אלייב", "דונלד טראמפ", "ג'ייהון בייראמוב", "סטיב ויטקוף", "עבאס עראקצ'י"];
    private static readonly string[] EnPeople = ["Benjamin Netanyahu", "Hikmet Hajiyev", "Marco Rubio", "Ilham Aliyev", "Donald Trump", "Jeyhun Bayramov", "Steve Witkoff", "Abbas Araghchi"];
    private static readonly string[] HePlaces = ["בירושלים", "בבאקו", "בוושינגטון", "במוסקט", "בווינה"];
    private static readonly string[] EnPlaces = ["in Jerusalem", "in Baku", "in Washington", "in Muscat", "in Vienna"];
    private static readonly string[] HeDates = ["אתמול", "ביום שני", "ב-24 בנובמבר 2025", "השבוע", "ב-12.06.2025"];
    private static readonly string[] EnDates = ["yesterday", "on Monday", "on Nov. 24, 2025", "last week", "on June 12"];

    private static readonly string[] HeEvents =
    [
        "{0} נפגש {3} עם {1} {2} לשיחה על היחסים בין המדינות.",
        "{0} ו{1} פרסמו {3} הצהרה משותפת על תוכנית הגרעין של איראן.",
        "מרכז בגין-סאדאת פרסם נייר עמדה הממליץ לממשל טראמפ לשלב את אזרבייג'ן ביוזמות אזוריות.",
        "{0} חתם {3} {2} על הארכת הוויתור על סעיף 907, המגביל את הסיוע לאזרבייג'ן מאז 1992.",
        "{0} ו{1} חתמו {3} על מזכר הבנות לשיתוף פעולה באנרגיה.",
        "{0} ביקר {3} {2} והודיע כי היחסים יתחזקו.",
    ];
    private static readonly string[] EnEvents =
    [
        "{0} met {1} {2} {3} to discuss relations between the two countries.",
        "{0} and {1} issued a joint statement {3} on Iran's nuclear programme.",
        "The Atlantic Council urged Washington to deepen ties with Baku and recommended a trilateral track with Israel.",
        "{0} extended a waiver of Section 907 {3}, the 1992 provision that bars most direct aid to Azerbaijan.",
        "{0} and {1} signed a memorandum of understanding {2} {3} on energy cooperation.",
        "{0} visited Israel {3} and said ties would grow stronger.",
    ];
    private static readonly string[] HeFiller =
    [
        "לפי גורמים המעורים בפרטים, השיחות עסקו גם בהתפתחויות האזוריות ובמצב בזירות השונות.",
        "בשוק מעריכים כי מדובר בצעד ראשון בלבד, ושחברות נוספות יבחנו השקעות במשק הישראלי.",
        "המערכת שומרת לעצמה את הזכות שלא לפרסם תגובות פוגעניות, מסיתות או כאלה הכוללות לשון הרע.",
        "הנתונים שפורסמו מצביעים על עלייה של 0.8% במחירי האנרגיה ברבעון האחרון.",
    ];
    private static readonly string[] EnFiller =
    [
        "Officials familiar with the matter said the discussions also covered regional developments and energy supplies.",
        "Analysts expect the move to be the first of several, with further investment likely in the coming months.",
        "Markets edged higher on the news, with oil up 0.8 percent in early trading in London.",
        "The ministry did not respond to a request for comment on the U.S. position by press time.",
    ];

    public static List<Article> Create(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var hebrew = i % 2 == 0;
            var target = random.Next(3000, 5000);
            var builder = new StringBuilder();
            while (Encoding.UTF8.GetByteCount(builder.ToString()) < target)
            {
                var useEvent = random.Next(3) == 0;
                string sentence;
                if (useEvent)
                {
                    var people = hebrew ? HePeople : EnPeople;
                    var template = (hebrew ? HeEvents : EnEvents)[random.Next(HeEvents.Length)];
                    var a = random.Next(people.Length);
                    var b = (a + 1 + random.Next(people.Length - 1)) % people.Length;
                    sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, people[a], people[b],
                        (hebrew ? HePlaces : EnPlaces)[random.Next(HePlaces.Length)], (hebrew ? HeDates : EnDates)[random.Next(HeDates.Length)]);
                }
                else
                {
                    var filler = hebrew ? HeFiller : EnFiller;
                    sentence = filler[random.Next(filler.Length)];
                }
                builder.Append(sentence).Append(random.Next(4) == 0 ? "\n\n" : " ");
            }
            articles.Add(new Article(hebrew ? "he" : "en", builder.ToString()));
        }
        return articles;
    }
}
