using System.Collections.Frozen;

namespace Triangulate.Extraction.Figures;

/// <summary>General English vocabulary the figure rules use: measure words, attribution verbs, non-person nouns, time words.</summary>
internal static class FigureLexicon
{
    /// <summary>Single words that name a measure, as a noun, adjective or verb form.</summary>
    public static readonly FrozenDictionary<string, string> MeasureWords = new Dictionary<string, string>
    {
        ["killed"] = Measures.Killed, ["kill"] = Measures.Killed, ["kills"] = Measures.Killed, ["killing"] = Measures.Killed, ["dead"] = Measures.Killed,
        ["deaths"] = Measures.Killed, ["death"] = Measures.Killed, ["died"] = Measures.Killed, ["die"] = Measures.Killed, ["fatalities"] = Measures.Killed,
        ["martyrs"] = Measures.Killed, ["martyred"] = Measures.Killed, ["bodies"] = Measures.Killed, ["corpses"] = Measures.Killed, ["deceased"] = Measures.Killed,
        ["perished"] = Measures.Killed, ["slain"] = Measures.Killed, ["lives"] = Measures.Killed, ["drowned"] = Measures.Killed,
        ["slaughtered"] = Measures.Killed, ["slaughtering"] = Measures.Killed, ["slaying"] = Measures.Killed, ["slew"] = Measures.Killed,
        ["massacred"] = Measures.Killed, ["massacring"] = Measures.Killed, ["slaughter"] = Measures.Killed, ["slaughters"] = Measures.Killed, ["harmed"] = Measures.Injured, ["harming"] = Measures.Injured,
        ["injured"] = Measures.Injured, ["injuring"] = Measures.Injured, ["injuries"] = Measures.Injured, ["wounded"] = Measures.Injured,
        ["wounding"] = Measures.Injured, ["hurt"] = Measures.Injured, ["hospitalised"] = Measures.Injured, ["hospitalized"] = Measures.Injured,
        ["treated"] = Measures.Injured, ["injure"] = Measures.Injured, ["wound"] = Measures.Injured, ["injures"] = Measures.Injured,
        ["missing"] = Measures.Missing, ["trapped"] = MeasureLexicon.Trapped, ["unaccounted"] = Measures.Missing,
        ["displaced"] = Measures.Displaced, ["fled"] = Measures.Displaced, ["fleeing"] = Measures.Displaced, ["homeless"] = Measures.Displaced,
        ["evacuated"] = Measures.Evacuated, ["evacuees"] = Measures.Evacuated, ["sheltering"] = MeasureLexicon.Sheltering, ["refugees"] = Measures.Displaced,
        ["arrested"] = Measures.Arrested, ["arrests"] = Measures.Arrested, ["arresting"] = Measures.Arrested, ["arrest"] = Measures.Arrested, ["custody"] = Measures.Arrested,
        ["detained"] = Measures.Detained, ["detaining"] = Measures.Detained, ["detention"] = Measures.Detained, ["detainees"] = Measures.Detained,
        ["rescued"] = Measures.Rescued, ["survivors"] = Measures.Rescued, ["affected"] = Measures.Affected,
        ["massacres"] = Measures.Incidents, ["incidents"] = Measures.Incidents,
        ["identified"] = MeasureLexicon.Identified, ["unidentified"] = MeasureLexicon.Unidentified,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Measure words that only count as such directly after the number ("30 massacres", "300 refugees").</summary>
    public static readonly FrozenSet<string> HeadOnly = new[] { "massacres", "incidents", "refugees", "evacuees", "bodies", "corpses", "lives", "arrests", "detainees", "martyrs", "survivors" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that take the count as object ("killed 471 people", "the deaths of 231").</summary>
    public static readonly FrozenSet<string> GoverningVerbs = new[]
    {
        "killed", "killing", "kill", "kills", "wounded", "wounding", "injured", "injuring", "injures", "arrested", "arresting", "detained", "detaining", "rescued",
        "evacuated", "displaced", "recovered", "slaughtered", "slaughtering", "slaying", "slew", "massacred", "massacring", "harmed", "harming",
        "slaughter", "slaughters",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make a number a running total ("the death toll", "bringing the total to").</summary>
    public static readonly FrozenSet<string> TollWords = new[] { "toll", "total", "tally", "figure", "number", "count" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head nouns for which the group is everyone counted (<c>who = all</c>).</summary>
    public static readonly FrozenSet<string> AllWords = new[]
    {
        "people", "persons", "person", "individuals", "others", "lives", "deaths", "dead", "bodies", "martyrs", "fatalities", "injuries", "wounded", "injured",
        "victims", "casualties", "corpses", "deceased", "more", "killed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that are never counted people or incidents: units of time and distance, things, places.</summary>
    public static readonly FrozenSet<string> NonCountNouns = new[]
    {
        "hours", "hour", "days", "day", "years", "year", "weeks", "week", "months", "month", "minutes", "minute", "seconds", "decades", "times",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "buildings", "building", "houses", "homes", "trucks", "vehicles", "cars",
        "aftershocks", "quakes", "earthquakes", "tremors", "provinces", "cities", "towns", "villages", "countries", "districts", "regions", "points",
        "rockets", "missiles", "shells", "tonnes", "tons", "dollars", "euros", "percent", "magnitude", "storeys", "floors", "schools", "hospitals",
        "floods", "storms", "fires", "wildfires", "cyclones", "hurricanes", "flights", "planes", "ships", "boats", "tanks", "drones", "sites", "areas", "locations", "statements_", "shelters", "crossings", "steps", "tents", "places", "organisations", "organizations", "pages", "clauses", "articles", "townships", "dams", "bridges", "roads", "acres", "hectares", "litres", "liters", "gallons", "barrels", "degrees", "celsius", "fahrenheit", "mph", "kph", "knots", "carriages", "wagons", "trains", "vessels", "containers", "warehouses", "factories", "mosques", "churches", "temples", "blocks", "flats", "apartments", "pounds", "rupees", "yuan", "dinars", "kilograms", "kg", "grams", "calls", "calories", "fps", "gb", "mb", "pixels", "megapixels", "goals", "wickets", "episodes", "chapters", "versions", "games", "matches", "seasons",
        "livestock", "cattle", "animals", "goats", "sheep", "cows", "buffaloes", "camels", "poultry", "chickens", "birds", "fish", "dogs", "horses",
        "cusecs", "camps", "governorates", "prefectures", "municipalities", "counties", "helicopters", "ambulances", "permits", "certificates", "tickets", "passports", "visas", "votes", "seats",
        "explosions", "explosion", "blasts", "bombs", "bombings", "kilometer", "kilometre", "mile", "yards", "yard", "inches",
        "hotels", "churches", "mosques", "temples", "facilities", "attacks", "raids", "results", "doses", "beds", "meals", "rations",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that introduce a source ("SOHR reported", "the ministry said").</summary>
    public static readonly FrozenSet<string> AttributionVerbs = new[]
    {
        "said", "says", "say", "saying", "reported", "reports", "report", "stated", "states", "announced", "announces", "estimated", "estimates",
        "estimate", "confirmed", "confirms", "told", "added", "adds", "noted", "indicated", "indicates", "counted", "documented", "recorded", "disclosed",
        "declared", "claimed", "warned", "put", "puts", "gave", "cited", "saw", "informed", "revealed", "tallied", "confirm", "understands",
        "wrote", "tweeted", "posted", "counting",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words skipped between a subject and its reporting verb ("SOHR has also reported").</summary>
    public static readonly FrozenSet<string> AuxWords = new[]
    {
        "has", "have", "had", "also", "earlier", "previously", "later", "further", "then", "is", "was", "were", "officially", "now", "first", "initially",
        "separately", "subsequently", "been", "already", "just", "are", "can", "could", "will", "would", "must",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Day names for time scopes.</summary>
    public static readonly FrozenSet<string> Days = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "overnight",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that stop a noun phrase.</summary>
    public static readonly FrozenSet<string> NpStop = new[]
    {
        "were", "was", "have", "has", "had", "are", "is", "been", "be", "will", "would", "could", "may", "might", "in", "on", "at", "by", "from", "with",
        "as", "since", "during", "after", "before", "across", "including", "among", "while", "and", "or", "to", "into", "for", "over", "who", "which",
        "that", "whom", "whose", "according", "of", "aged", "today", "yesterday", "targeting", "described", "first", "a", "an", "alive", "out", "lost", "sustaining", "suffered", "but", "than", "when", "where", "had", "reportedly", "also", "still", "now", "not", "said", "says",
        "people's", "alone", "so", "far", "this", "these", "those", "lying", "living", "connected", "loyal", "reporting", "remaining", "besides", "wearing", "remain", "remained", "stay", "stayed",
        "underneath", "beneath", "near", "outside", "behind", "along",
        "later", "subsequently", "eventually", "initially", "then", "already", "lay", "lie", "lies", "hostage", "captive", "left",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions and particles: a counted group never runs on through them ("23 bodies around the barge", "the four bodies
    /// through the doors", "seven bodies up to now").</summary>
    public static readonly FrozenSet<string> NpEnders = new[]
    {
        "around", "through", "throughout", "within", "about", "against", "toward", "towards", "past", "via", "amid", "amidst", "despite", "without",
        "upon", "onto", "off", "up", "down", "back", "away",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that make a phrase a plausible source even without a capital ("local authorities said").</summary>
    public static readonly FrozenSet<string> SourceNouns = new[]
    {
        "ministry", "officials", "official", "authorities", "authority", "agency", "media", "sources", "source", "police", "government", "monitor",
        "observatory", "committee", "service", "services", "army", "military", "spokesperson", "spokesman", "spokeswoman", "minister", "office",
        "department", "group", "organisation", "organization", "correspondents", "reporters", "officers", "witnesses", "residents", "activists",
        "doctors", "medics", "hospital", "red", "crescent", "un", "broadcaster", "outlet", "newspaper", "channel", "data", "figures", "statement",
        "volunteers", "rescuers", "coroner", "coroners", "paramedics", "firefighters", "nurses", "prosecutor", "prosecutors", "investigators", "governor",
        "mayor", "president", "commissioner", "experts", "researchers", "relatives", "survivors", "diplomats", "lawmakers", "court", "union", "charity",
        "council", "officer", "chief", "workers", "staff", "hospitals", "morgue", "mortuary", "coastguard", "navy", "administration", "paper", "press", "spokespeople",
        "brigade", "coastguards", "rescue", "airline", "carrier", "company", "firm", "operator", "owner", "owners", "embassy", "consulate",
        "agencies", "ministries", "doctor", "surgeon", "medic", "witness", "resident", "activist", "monitors", "observers", "organisers",
        "organizers", "lawyer", "lawyers", "attorney", "attorneys", "lawmaker", "senator", "clinic", "institute", "commission", "bureau",
        "registry", "board", "forces", "guard", "inspectors", "spokespersons",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Clause openers: a forward or backward search does not cross them.</summary>
    public static readonly FrozenSet<string> ClauseBreaks = new[] { ";", "while", "whereas", "but", "although", "though", ":" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Negations that void a measure verb within three words ("no one was killed", "yet to be identified").</summary>
    public static readonly FrozenSet<string> Negations = new[] { "not", "no", "never", "n't", "yet", "none", "nobody" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Pronoun subjects that refer back to an earlier source.</summary>
    public static readonly FrozenSet<string> Pronouns = new[] { "it", "they", "he", "she", "we", "its", "i" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations after which a period does not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "lt", "col", "gen", "sgt", "capt", "cpl", "st", "no", "nr", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "gov", "sen", "rep", "prof", "maj", "adm", "rev", "mt", "ft", "approx", "est", "inc", "ltd", "co", "corp", "jr", "sr",
        "insp", "supt", "det", "cmdr", "brig", "const", "messrs",
    }.ToFrozenSet(StringComparer.Ordinal);
}
