namespace Briefing.Analysis.Actors;

/// <summary>
/// One gazetteer entry, as data: the web app stores these and admins edit them.
/// </summary>
/// <param name="Key">Stable identifier, e.g. "hikmet-hajiyev".</param>
/// <param name="Kind">Person, organization or state.</param>
/// <param name="NameEn">Canonical English name (what the API shows).</param>
/// <param name="NameHe">Hebrew name, if there is a usual one.</param>
/// <param name="Aliases">Other spellings in Hebrew and English, full names and surnames ("חיקמט חאג'ייב", "Hajiyev").
/// Hebrew prefix letters (ו ה ב כ ל מ ש) and both geresh/gershayim forms are matched without listing them.
/// English aliases must be capitalised in the text; all-capital aliases ("US", "E3") must be all-capital.</param>
/// <param name="Role">What the actor is, for people reading the timeline ("adviser to Azerbaijan's president").</param>
/// <param name="AffiliationKey">For people and organizations: the key of the state they belong to.</param>
/// <param name="Titles">Descriptions that name the actor only when no name follows ("ראש הממשלה", "Israel's prime minister").
/// Ignored when followed by a person's name or preceded by "adviser to"/"יועץ".</param>
/// <param name="Metonyms">For states: the capital and set phrases that stand for the state ("Baku", "the Islamic Republic").
/// After "in"/"at"/ב they give the place, not an actor.</param>
/// <param name="Adjectives">For states: adjectives and demonyms ("Azeri", "אזרי"); Hebrew plural and feminine forms are added.</param>
/// <param name="Capital">For states: the capital's English name, used as the place for a capital metonym.</param>
/// <param name="IsAdvisoryBody">Think tanks and policy institutes: what they publish is a recommendation.</param>
public sealed record ActorDefinition(
    string Key,
    ActorKind Kind,
    string NameEn,
    string? NameHe,
    IReadOnlyList<string> Aliases,
    string? Role = null,
    string? AffiliationKey = null,
    IReadOnlyList<string>? Titles = null,
    IReadOnlyList<string>? Metonyms = null,
    IReadOnlyList<string>? Adjectives = null,
    string? Capital = null,
    bool IsAdvisoryBody = false);
