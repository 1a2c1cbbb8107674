using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class EventExtractorTests
{
    private static readonly EventExtractor Extractor = EventExtractor.CreateDefault();

    // Published Saturday 9 August 2025.
    private static readonly DateOnly Published = new(2025, 8, 9);

    private static IReadOnlyList<ExtractedEvent> Extract(string language, string body, bool estimated = false) =>
        Extractor.Extract("", body, language, Published, estimated).Events;

    [Theory]
    // meeting
    [InlineData("he", "חיכמת חגיייב נפגש אתמול עם ראש הממשלה בנימין נתניהו בירושלים.", "meeting", "2025-08-08", "hikmet-hajiyev,benjamin-netanyahu")]
    [InlineData("he", "יועץ הנשיא, חיקמט חאג'ייב, נועד עם רה\"מ נתניהו.", "meeting", "2025-08-09", "hikmet-hajiyev,benjamin-netanyahu")]
    [InlineData("he", "השבוע נפגשו ויטקוף ועראקצ'י במוסקט.", "meeting", "2025-08", "steve-witkoff,abbas-araghchi")]
    [InlineData("he", "הנשיא הרצוג שוחח בטלפון ביום שלישי עם הנשיא אלייב.", "meeting", "2025-08-05", "isaac-herzog,ilham-aliyev")]
    [InlineData("en", "Rubio met Netanyahu in Jerusalem on Sunday.", "meeting", "2025-08-03", "marco-rubio,benjamin-netanyahu")]
    [InlineData("en", "Witkoff and Araghchi held talks in Muscat on Saturday.", "meeting", "2025-08-09", "steve-witkoff,abbas-araghchi")]
    [InlineData("en", "On Tuesday President Isaac Herzog telephoned Aliyev.", "meeting", "2025-08-05", "isaac-herzog,ilham-aliyev")]
    [InlineData("en", "Trump hosted Aliyev at the White House yesterday.", "meeting", "2025-08-08", "donald-trump,ilham-aliyev")]
    [InlineData("he", "נשיא אזרבייג'ן אילהאם אלייב אירח אתמול בבאקו את שר הביטחון ישראל כ\"ץ.", "meeting", "2025-08-08", "ilham-aliyev,israel-katz")]
    // visit
    [InlineData("he", "שר החוץ ג'ייהון בייראמוב ביקר אתמול בישראל.", "visit", "2025-08-08", "jeyhun-bayramov")]
    [InlineData("en", "Bayramov visited Israel on Wednesday.", "visit", "2025-08-06", "jeyhun-bayramov,israel")]
    [InlineData("he", "שר החוץ האמריקני מרקו רוביו הגיע הבוקר לישראל לביקור ראשון בתפקידו.", "visit", "2025-08-09", "marco-rubio")]
    [InlineData("en", "Azerbaijani Foreign Minister Jeyhun Bayramov inaugurated the embassy in Tel Aviv on Wednesday.", "visit", "2025-08-06", "jeyhun-bayramov")]
    // statement
    [InlineData("he", "נתניהו ומזכיר המדינה מרקו רוביו פרסמו הצהרה משותפת על איראן.", "statement", "2025-08-09", "benjamin-netanyahu,marco-rubio")]
    [InlineData("he", "ממשלת אזרבייג'ן הודיעה אמש כי תפתח שגרירות.", "statement", "2025-08-08", "azerbaijan")]
    [InlineData("he", "שר החוץ האיראני הזהיר את וושינגטון מפני צעדים נוספים.", "statement", "2025-08-09", "iran")]
    [InlineData("en", "Netanyahu and Rubio issued a joint statement on Iran.", "statement", "2025-08-09", "benjamin-netanyahu,marco-rubio")]
    [InlineData("en", "Lammy said Iran had failed to give credible assurances.", "statement", "2025-08-09", "david-lammy")]
    [InlineData("en", "The Foreign Ministry in Baku said Azerbaijan would not allow its territory to be used against Iran.", "statement", "2025-08-09", "azerbaijan")]
    [InlineData("en", "Rubio welcomed the decision and warned Tehran.", "statement", "2025-08-09", "marco-rubio")]
    [InlineData("en", "The IAEA board adopted a resolution finding Iran in breach on June 12, 2025.", "statement", "2025-06-12", "iaea,iran")]
    [InlineData("en", "The IAEA Board of Governors on Thursday passed a resolution censuring Iran.", "statement", "2025-08-07", "iaea,iran")]
    [InlineData("he", "לדברי כ\"ץ, \"אזרבייג'ן היא שותפה אסטרטגית של ישראל\".", "statement", "2025-08-09", "israel-katz")]
    // recommendation
    [InlineData("he", "מרכז בגין-סאדאת פרסם נייר עמדה הממליץ לממשל טראמפ לשלב את אזרבייג'ן.", "recommendation", "2025-08-09", "besa-center,united-states")]
    [InlineData("he", "החוקרים המליצו לוושינגטון לבטל את סעיף 907.", "recommendation", "2025-08-09", "united-states")]
    [InlineData("he", "הכותב קרא לישראל לפעול מול איראן.", "recommendation", "2025-08-09", "israel")]
    [InlineData("he", "יש לשלב את אזרבייג'ן בתיאום האזורי מול איראן.", "recommendation", "2025-08-09", "azerbaijan")]
    [InlineData("en", "The Atlantic Council recommends that Washington deepen ties with Baku.", "recommendation", "2025-08-09", "atlantic-council")]
    [InlineData("en", "Sa'ar urged Britain, France and Germany to trigger snapback.", "recommendation", "2025-08-09", "gideon-saar,united-kingdom")]
    [InlineData("en", "We call on Washington and Jerusalem to deepen intelligence-sharing with Baku.", "recommendation", "2025-08-09", "united-states,israel")]
    [InlineData("en", "Congress should repeal Section 907 outright.", "recommendation", "2025-08-09", "us-congress")]
    [InlineData("en", "In a new paper, the BESA Center argues that Washington must bring Baku into the Abraham Accords.", "recommendation", "2025-08-09", "besa-center,united-states")]
    [InlineData("he", "ישראל חייבת לפעול מיד מול איראן.", "recommendation", "2025-08-09", "israel")]
    // legislation
    [InlineData("he", "טראמפ חתם אתמול על הארכת הוויתור על סעיף 907.", "legislation", "2025-08-08", "donald-trump")]
    [InlineData("he", "הפרלמנט האיראני אישר את החוק ביום רביעי.", "legislation", "2025-08-06", "majlis-iran")]
    [InlineData("he", "ביום חמישי שעבר אישרה הכנסת בקריאה שלישית את חוק הסנקציות על איראן.", "legislation", "2025-08-07", "knesset")]
    [InlineData("en", "Trump extended a waiver of Section 907 on Friday.", "legislation", "2025-08-08", "donald-trump")]
    [InlineData("he", "ארה\"ב הטילה היום סנקציות חדשות על חברות איראניות.", "legislation", "2025-08-09", "united-states")]
    [InlineData("en", "The Senate voted 51-49 on Tuesday to pass a bill tightening sanctions on Iran.", "legislation", "2025-08-05", "us-congress")]
    [InlineData("en", "Pezeshkian promulgated the law suspending cooperation with the IAEA on Wednesday.", "legislation", "2025-08-06", "masoud-pezeshkian")]
    [InlineData("en", "The waiver was signed in late March by Deputy Secretary of State Stephen Biegun.", "legislation", "2025-03", "stephen-biegun")]
    // agreement
    [InlineData("he", "אלייב ופשיניאן חתמו בבית הלבן על הצהרה משותפת.", "agreement", "2025-08-09", "ilham-aliyev,nikol-pashinyan")]
    [InlineData("he", "SOCAR חתמה ביום שישי (31.1) על הסכם לרכישת אחזקה בתמר.", "agreement", "2025-01-31", "socar")]
    [InlineData("he", "הנשיאים טראמפ ואלייב חתמו גם על מזכר הבנות.", "agreement", "2025-08-09", "donald-trump,ilham-aliyev")]
    [InlineData("en", "Aliyev and Trump also signed a memorandum of understanding.", "agreement", "2025-08-09", "ilham-aliyev,donald-trump")]
    [InlineData("en", "SOCAR agreed on January 31 to buy the stake from Union Energy.", "agreement", "2025-01-31", "socar,union-energy")]
    [InlineData("en", "Senators introduced a bill on Tuesday requiring review of any deal with Iran.", "legislation", "2025-08-05", "us-congress")]
    public void Each_trigger_family_is_found_with_date_and_actors(string language, string sentence, string type, string date, string actors)
    {
        var events = Extract(language, sentence);
        var e = Assert.Single(events, x => x.Type.ToName() == type);
        Assert.Equal(date, e.Date.Format());
        foreach (var key in actors.Split(','))
            Assert.Contains(e.Actors, a => a.Key == key);
        Assert.Equal(sentence, e.Quote);
        Assert.Equal(language, e.Language);
    }

    [Theory]
    [InlineData("he", "ובמקביל, ולרוביו נמסר כי נתניהו נפגש עם בייראמוב.")]
    [InlineData("he", "ובמקביל, כשנתניהו נפגש עם אלייב, שבבאקו התכוננו.")]
    public void Hebrew_prefix_letters_on_names_and_verbs(string language, string sentence)
    {
        var meeting = Assert.Single(Extract(language, sentence), e => e.Type == EventType.Meeting);
        Assert.Contains(meeting.Actors, a => a.Key == "benjamin-netanyahu");
    }

    [Theory]
    [InlineData("he", "אזרבייג'ן וישראל חתמו על הסכם.")]
    [InlineData("he", "אזרבייג׳ן וישראל חתמו על הסכם.")]
    [InlineData("he", "ארה\"ב ואזרבייג'ן חתמו על הסכם.")]
    [InlineData("he", "ארה״ב ואזרבייג'ן חתמו על הסכם.")]
    public void Geresh_and_gershayim_in_both_forms(string language, string sentence)
    {
        var agreement = Assert.Single(Extract(language, sentence), e => e.Type == EventType.Agreement);
        Assert.Contains(agreement.Actors, a => a.Key == "azerbaijan");
    }

    [Theory]
    [InlineData("en", "Iran's foreign minister had warned his counterparts in a letter.", DatePrecision.Unknown)]
    [InlineData("en", "Netanyahu said the two had held a very productive discussion.", DatePrecision.Day)]
    [InlineData("en", "Iran has enriched uranium since 2019, Araghchi said.", DatePrecision.Day)]
    public void Pluperfect_places_an_undated_event_before_the_news_unless_reported(string language, string sentence, DatePrecision precision)
    {
        var events = Extract(language, sentence);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(precision, e.Date.Precision));
    }

    [Theory]
    [InlineData("en", "The memorandum is expected to be signed by Aliyev and Trump next month.")]
    [InlineData("en", "Aliyev did not meet Pashinyan.")]
    [InlineData("en", "The signature, made during the two leaders' bilateral meeting, surprised Aliyev.")]
    [InlineData("en", "Iran and the United States returned to talks.")]
    [InlineData("en", "Both Rubio and Araghchi agreed to meet again next Saturday.")]
    [InlineData("en", "Israel and the United States had agreed that Iran must never obtain a bomb.")]
    [InlineData("en", "Oman agreed to mediate again between Iran and the United States.")]
    [InlineData("he", "בלשכת רה\"מ לא מסרו פרטים נוספים על תוכן השיחה.")]
    [InlineData("he", "נתניהו החליט לדחות את ביקורו המתוכנן באזרבייג'ן.")]
    [InlineData("he", "הצהרה שנועדה לשים קץ לסכסוך בין ארמניה ואזרבייג'ן.")]
    [InlineData("he", "צריך לזכור שגם לאזרבייג'ן יש אינטרסים משלה.")]
    [InlineData("en", "The talks must succeed, analysts believe.")]
    [InlineData("en", "Rubio visited Israel")]
    [InlineData("he", "פקיד אמריקני אמר כי וושינגטון פועלת לצרף מדינות נוספות.")]
    [InlineData("en", "Israel and Azerbaijan are expected to sign a free trade agreement next year.")]
    public void Background_negated_planned_and_headline_mentions_are_not_events(string language, string sentence)
    {
        Assert.Empty(Extract(language, sentence));
    }

    [Fact]
    public void Publication_date_is_the_default_and_unknown_when_estimated()
    {
        Assert.Equal("2025-08-09", Assert.Single(Extract("en", "Rubio met Netanyahu.")).Date.Format());
        Assert.Equal(DatePrecision.Unknown, Assert.Single(Extract("en", "Rubio met Netanyahu.", estimated: true)).Date.Precision);
        Assert.Equal("2025-06-12", Assert.Single(Extract("en", "Rubio met Netanyahu on June 12, 2025.", estimated: true)).Date.Format());
    }

    [Fact]
    public void A_lead_relative_day_carries_to_the_sentences_that_follow()
    {
        var events = Extract("en", "Azerbaijan's parliament approved legislation on Friday to open an embassy. Lapid welcomed the decision.");
        Assert.Equal("2025-08-08", Assert.Single(events, e => e.Type == EventType.Statement).Date.Format());
    }

    [Fact]
    public void A_dated_law_reference_is_the_laws_own_event()
    {
        var events = Extract("en", "Trump extended the waiver of Section 907 on Friday, the 1992 provision that bars aid to Azerbaijan.");
        Assert.Contains(events, e => e.Type == EventType.Legislation && e.Date.Format() == "2025-08-08");
        var law = Assert.Single(events, e => e.Type == EventType.Legislation && e.Date.Format() == "1992");
        Assert.Equal("section-907", law.StatuteKey);
        Assert.Contains(law.Actors, a => a.Key == "us-congress");
    }

    [Fact]
    public void Meetings_in_turn_are_separate_meetings()
    {
        var events = Extract("en", "Bayramov met Foreign Minister Eli Cohen in Jerusalem and then Prime Minister Benjamin Netanyahu.");
        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Actors.Any(a => a.Key == "eli-cohen") && m.Actors.All(a => a.Key != "benjamin-netanyahu"));
        Assert.Contains(meetings, m => m.Actors.Any(a => a.Key == "benjamin-netanyahu") && m.Actors.All(a => a.Key != "eli-cohen"));
        Assert.All(meetings, m => Assert.Equal("Jerusalem", m.Place));
    }

    [Fact]
    public void Place_comes_from_a_locative_state_capital_or_city()
    {
        Assert.Equal("Baku", Assert.Single(Extract("he", "ויטקוף נפגש בבאקו עם אלייב.")).Place);
        Assert.Equal("Israel", Assert.Single(Extract("he", "חגיייב ביקר בישראל ונפגש עם נתניהו.")).Place);
        Assert.Equal("Muscat", Assert.Single(Extract("en", "Witkoff met Araghchi in Muscat.")).Place);
    }

    [Fact]
    public void Recommendation_records_who_to_whom_and_what()
    {
        var e = Assert.Single(Extract("en", "Israeli Foreign Minister Gideon Sa'ar urged Britain, France and Germany to trigger the snapback mechanism."));
        var detail = e.Recommendation!;
        Assert.Equal(["gideon-saar"], detail.Recommenders.Where(a => a.Kind == Briefing.Analysis.Actors.ActorKind.Person).Select(a => a.Key));
        Assert.Equal(["united-kingdom", "france", "germany"], detail.Addressees.Select(a => a.Key));
        Assert.Equal("to trigger the snapback mechanism", detail.What);
        Assert.StartsWith("Recommendation by", e.Summary);
    }

    [Fact]
    public void Unknown_names_in_actor_positions_are_proposed()
    {
        var result = Extractor.Extract("", "Chinese Foreign Minister Wang Yi met Rubio on Friday. השר יואב קיש נפגש עם נתניהו.", "en", Published, false);
        Assert.Contains(result.ProposedActors, p => p.Name == "Wang Yi" && p.Kind == Briefing.Analysis.Actors.ActorKind.Person);
        Assert.Contains(result.ProposedActors, p => p.Name == "יואב קיש");
        Assert.DoesNotContain(result.ProposedActors, p => p.Name.Contains("Rubio", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_reports_in_one_article_are_one_event()
    {
        var events = Extract("en",
            "The United States has again waived Section 907 with respect to Azerbaijan. The waiver was signed in late July by Deputy Secretary of State Stephen Biegun.");
        var waiver = Assert.Single(events, e => e.Type == EventType.Legislation);
        Assert.Equal("2025-07", waiver.Date.Format());
        Assert.True(waiver.DateFromSentence);
    }

    [Fact]
    public void A_pronoun_subject_is_the_person_named_last()
    {
        var events = Extract("en", "Netanyahu warned on Wednesday that any deal must end enrichment. He urged Washington not to accept an interim agreement.");
        var advice = Assert.Single(events, e => e.Type == EventType.Recommendation);
        Assert.Equal(["benjamin-netanyahu"], advice.Recommendation!.Recommenders.Select(a => a.Key));
        Assert.Equal(["united-states"], advice.Recommendation.Addressees.Select(a => a.Key));
        Assert.Equal("not to accept an interim agreement", advice.Recommendation.What);
    }

    [Fact]
    public void The_source_of_a_report_is_not_a_participant()
    {
        var meeting = Assert.Single(Extract("en", "Witkoff met Putin in Moscow last week, according to the White House."));
        Assert.DoesNotContain(meeting.Actors, a => a.Key == "white-house");
        Assert.Equal("2025-08", meeting.Date.Format());
    }

    [Fact]
    public void What_is_recommended_leaves_out_the_date()
    {
        var e = Assert.Single(Extract("he", "מכון מחקר ישראלי המליץ אתמול לממשלה להרחיב את שיתוף הפעולה עם אזרבייג'ן."));
        Assert.Equal("2025-08-08", e.Date.Format());
        Assert.StartsWith("לממשלה להרחיב", e.Recommendation!.What);
    }

    [Fact]
    public void A_host_sets_the_scene_for_what_the_guests_sign()
    {
        var events = Extract("he", "נשיא ארה\"ב דונלד טראמפ אירח אתמול את אלייב ואת פשיניאן, שחתמו בנוכחותו על הצהרה משותפת.");
        Assert.Equal([EventType.Agreement], events.Select(e => e.Type));
    }

    [Fact]
    public void A_capital_inside_an_institutions_name_is_part_of_the_name()
    {
        var result = Extractor.Extract("", "In a report published on March 3, the Washington Institute recommended that the administration tighten sanctions on Tehran.",
            "en", Published, false);
        Assert.Contains(result.ProposedActors, p => p.Name == "Washington Institute" && p.Kind == Briefing.Analysis.Actors.ActorKind.Organization);
        var advice = Assert.Single(result.Events);
        Assert.DoesNotContain(advice.Recommendation!.Recommenders, a => a.Key == "united-states");
        Assert.Equal("2025-03-03", advice.Date.Format());
    }

    [Fact]
    public void Hebrew_names_after_a_title_and_its_complements_are_proposed()
    {
        var result = Extractor.Extract("", "יועץ הביטחון הלאומי אבנר שלומי קרא לקהילה הבינלאומית להגביר את הלחץ על איראן.", "he", Published, false);
        var proposal = Assert.Single(result.ProposedActors);
        Assert.Equal("אבנר שלומי", proposal.Name);
        Assert.Equal("לקהילה הבינלאומית להגביר את הלחץ על איראן", Assert.Single(result.Events).Recommendation!.What);
    }

    [Fact]
    public void An_adjective_is_never_the_place()
    {
        var e = Assert.Single(Extract("en", "Trump signed an executive order on Wednesday restricting investment in Iranian energy firms."));
        Assert.Equal(EventType.Legislation, e.Type);
        Assert.Null(e.Place);
    }

    [Fact]
    public void A_one_word_Hebrew_name_after_a_title_is_proposed()
    {
        var result = Extractor.Extract("", "נשיא אזרבייג'ן אלייב ונשיא טורקיה ארדואן חתמו ב-12 במרץ על הסכם להקמת צינור גז.", "he", Published, false);
        Assert.Contains(result.ProposedActors, p => p.Name == "ארדואן");
        Assert.Equal("2025-03-12", Assert.Single(result.Events).Date.Format());
    }

    [Fact]
    public void A_date_dates_only_its_own_clause_and_later_reports_supply_the_date()
    {
        var events = Extract("en",
            "State television spent much of Saturday replaying one image: Trump signed a waiver of Section 907 beside Aliyev. " +
            "The signature, made at the White House on Friday, extends the waiver for the two leaders.");
        var waiver = Assert.Single(events, e => e.Type == EventType.Legislation);
        Assert.Equal("2025-08-08", waiver.Date.Format());
    }

    [Fact]
    public void Places_regions_and_programme_names_are_not_proposed_as_people()
    {
        var result = Extractor.Extract("",
            "Rubio said the Indo-Pacific stays the focus. Trump signed the waiver in the Oval Office. " +
            "Officials warned of closures on the Glenn Highway. Netanyahu told the Tel Aviv District Court he was innocent. " +
            "Aliyev said the Trump Route for International Peace and Prosperity would open.", "en", Published, false);
        var names = result.ProposedActors.Select(p => p.Name).ToList();
        Assert.DoesNotContain("Indo-Pacific", names);
        Assert.DoesNotContain("Oval Office", names);
        Assert.DoesNotContain("Glenn Highway", names);
        Assert.DoesNotContain("International Peace", names);
        Assert.Contains(result.ProposedActors, p => p.Name == "Tel Aviv District Court" && p.Kind == Briefing.Analysis.Actors.ActorKind.Organization);
    }
}
