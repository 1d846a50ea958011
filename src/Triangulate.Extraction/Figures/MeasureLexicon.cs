using System.Collections.Frozen;

namespace Triangulate.Extraction.Figures;

/// <summary>The open measure vocabulary: the verbs, participles and nouns that say what a count of people is, folded to
/// one measure name each (GOLD-FORMAT.md's vocabulary: <c>aboard</c>, <c>rescued</c>, <c>trapped</c>, <c>sheltering</c>,
/// <c>evacuated</c>, <c>identified</c>, <c>buried</c>, …). A predicate this lexicon does not know still names a measure: its
/// own word (<see cref="UnknownPredicate"/>), at low confidence.</summary>
internal static class MeasureLexicon
{
    /// <summary>People on a vessel, train or plane.</summary>
    public const string Aboard = "aboard";
    /// <summary>Trapped, stranded, cut off.</summary>
    public const string Trapped = "trapped";
    /// <summary>Sheltering or hiding in a place.</summary>
    public const string Sheltering = "sheltering";
    /// <summary>Present in a place when the event happened.</summary>
    public const string Present = "present";
    /// <summary>Bodies or victims identified.</summary>
    public const string Identified = "identified";
    /// <summary>People at risk (of death, starvation, disease).</summary>
    public const string AtRisk = "at_risk";

    /// <summary>Bodies not yet identified.</summary>
    public const string Unidentified = "unidentified";

    /// <summary>People put to death by an authority (executed, hanged).</summary>
    public const string Executed = "executed";

    /// <summary>The sick or hurt who got well.</summary>
    public const string Recovered = "recovered";

    /// <summary>People set free by those who held them (hostages, captives, prisoners).</summary>
    public const string Released = "released";

    /// <summary>People who met the sick, traced and followed by health workers.</summary>
    public const string Contacts = "contacts";

    /// <summary>People kept apart in quarantine.</summary>
    public const string Quarantined = "quarantined";

    /// <summary>People followed for signs of a disease (under observation, being monitored).</summary>
    public const string Monitored = "monitored";

    /// <summary>People in a state of malnutrition: a condition, not something the event did to them.</summary>
    public const string Malnourished = "malnourished";

    /// <summary>Participles and adjectives that, as the predicate of a counted group ("… were stranded"), name its measure.
    /// Read after the noun phrase; the older <see cref="FigureLexicon.MeasureWords"/> cover the casualty words.</summary>
    public static readonly FrozenDictionary<string, string> Predicates = new Dictionary<string, string>
    {
        ["aboard"] = Aboard, ["onboard"] = Aboard,
        ["stranded"] = Trapped, ["marooned"] = Trapped, ["trapped"] = Trapped,
        ["sheltering"] = Sheltering, ["hiding"] = Sheltering, ["hid"] = Sheltering, ["sheltered"] = Sheltering,
        ["evacuated"] = Measures.Evacuated, ["relocated"] = Measures.Evacuated,
        ["survived"] = Measures.Rescued, ["saved"] = Measures.Rescued, ["rescued"] = Measures.Rescued,
        ["identified"] = Identified, ["unidentified"] = Unidentified,
        ["buried"] = "buried", ["repatriated"] = "repatriated", ["charged"] = "charged", ["questioned"] = "questioned",
        ["convicted"] = "convicted", ["sentenced"] = "sentenced", ["discharged"] = "discharged", ["kidnapped"] = "kidnapped",
        ["abducted"] = "kidnapped", ["interrogated"] = "questioned", ["indicted"] = "charged", ["inside"] = Present,
        ["lifeless"] = Measures.Killed, ["deceased"] = Measures.Killed, ["slaughtered"] = Measures.Killed, ["massacred"] = Measures.Killed,
        ["harmed"] = Measures.Injured, ["untraced"] = Measures.Missing, ["infected"] = "infected", ["sickened"] = "infected", ["escaped"] = "escaped",
        // A prison term or a cell is detention; people who vanished are missing.
        ["jailed"] = Measures.Detained, ["imprisoned"] = Measures.Detained, ["incarcerated"] = Measures.Detained, ["disappeared"] = Measures.Missing,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs that take the count as their object ("carrying 300 people", "saved 47 people", "buried 30 bodies").</summary>
    public static readonly FrozenDictionary<string, string> Governing = new Dictionary<string, string>
    {
        ["carrying"] = Aboard, ["carried"] = Aboard, ["transporting"] = Aboard, ["ferrying"] = Aboard,
        ["saved"] = Measures.Rescued, ["saving"] = Measures.Rescued, ["rescue"] = Measures.Rescued, ["rescuing"] = Measures.Rescued,
        ["trapping"] = Trapped, ["stranding"] = Trapped,
        ["identified"] = Identified, ["identifying"] = Identified,
        ["buried"] = "buried", ["burying"] = "buried", ["repatriated"] = "repatriated",
        ["charged"] = "charged", ["questioned"] = "questioned", ["questioning"] = "questioned", ["interrogated"] = "questioned",
        ["evacuated"] = Measures.Evacuated, ["evacuating"] = Measures.Evacuated, ["relocated"] = Measures.Evacuated, ["relocating"] = Measures.Evacuated,
        ["accommodating"] = Measures.Evacuated,
        ["affected"] = Measures.Affected, ["affecting"] = Measures.Affected, ["treated"] = Measures.Injured, ["treating"] = Measures.Injured,
        ["executed"] = Executed, ["executing"] = Executed, ["hanged"] = Executed,
        ["sheltering"] = Sheltering, ["infected"] = "infected", ["infecting"] = "infected", ["sickened"] = "infected", ["sickening"] = "infected",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Head nouns that name a measure only when nothing else in the clause does ("there were 500 passengers" → aboard;
    /// "20 passengers were killed" stays killed).</summary>
    public static readonly FrozenDictionary<string, string> FallbackHeads = new Dictionary<string, string>
    {
        ["passengers"] = Aboard, ["survivors"] = Measures.Rescued, ["evacuees"] = Measures.Evacuated,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Predicates that say what happened to bodies already counted: after "N bodies" they name the measure instead of
    /// the deaths the noun implies ("88 bodies have been identified" counts identifications).</summary>
    public static readonly FrozenSet<string> BodyPredicates = new[]
    {
        Identified, Unidentified, "buried", "repatriated", "handed_over", "transferred", Measures.Missing,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Legal and status measures: "the four were charged" gives a group already counted a new status.</summary>
    public static readonly FrozenSet<string> StatusMeasures = new[] { "charged", "questioned", "convicted", "sentenced" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end the noun phrase after a number: reporting and belief participles, modals, "again".</summary>
    public static readonly FrozenSet<string> PhraseEnders = new[]
    {
        "reported", "given", "thought", "believed", "feared", "presumed", "expected", "estimated", "confirmed", "recorded", "registered",
        "listed", "counted", "again", "can", "could", "may", "might", "must", "should", "shall",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Past participles that never name a count's measure: reporting, belief and state verbs ("… were reported", "… are believed").</summary>
    public static readonly FrozenSet<string> NotMeasures = new[]
    {
        "reported", "believed", "thought", "feared", "expected", "estimated", "said", "confirmed", "known", "involved", "based", "located", "registered",
        "recorded", "listed", "counted", "included", "considered", "used", "needed", "required", "allowed", "asked", "told", "given", "seen", "named",
        "called", "made", "done", "gone", "set", "put", "left", "aged", "employed", "scheduled", "planned", "supposed", "due", "able", "sent", "added",
        "compared", "followed", "caused", "linked", "related", "connected", "concerned", "worried", "shocked", "devastated", "affected", "united", "armed",
        "born", "paid", "owned", "built", "placed", "kept", "held", "taken", "brought", "found", "informed", "quoted", "cited", "announced", "issued",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns naming people: a count of them with an unknown predicate is still a claim about people.</summary>
    public static readonly FrozenSet<string> PersonNouns = new[]
    {
        "people", "persons", "individuals", "passengers", "workers", "miners", "students", "children", "women", "men", "civilians", "migrants",
        "residents", "victims", "soldiers", "officers", "firefighters", "staff", "employees", "crew", "tourists", "pilgrims", "patients", "families",
        "households", "villagers", "suspects", "protesters", "demonstrators", "refugees", "survivors", "others", "adults", "girls", "boys", "guests",
        "visitors", "inmates", "prisoners", "detainees", "fans", "worshippers", "teachers", "pupils", "doctors", "nurses", "volunteers", "rescuers",
        "climbers", "guides", "fishermen", "sailors", "labourers", "laborers", "citizens", "locals", "evacuees", "minors", "teenagers", "infants",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Bare nouns that name everyone an event of that kind strikes, not a subset of them: a count of them is the whole group
    /// (<c>who</c> "all"): "killed 263 miners", "200 migrants are still missing", "351 survivors", "2,000 evacuees".</summary>
    public static readonly FrozenSet<string> PopulationNouns = new[]
    {
        "humans", "migrants", "miners", "workers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural nouns of nationality ("29 Nigerians", "17 Germans"): a count of them is a breakdown of people by origin.</summary>
    public static readonly FrozenSet<string> Nationalities = (
        "afghans albanians algerians americans angolans argentines argentinians armenians australians austrians azerbaijanis bahrainis " +
        "bangladeshis belarusians belgians beninese bolivians bosnians brazilians britons bulgarians burkinabe burmese burundians cambodians " +
        "cameroonians canadians chadians chileans chinese colombians congolese croatians cubans cypriots czechs danes djiboutians dutch " +
        "ecuadorians egyptians emiratis englishmen eritreans estonians ethiopians filipinos finns french frenchmen gambians georgians germans " +
        "ghanaians greeks guatemalans guineans haitians hondurans hungarians icelanders indians indonesians iranians iraqis irish israelis " +
        "italians ivorians jamaicans japanese jordanians kazakhs kenyans koreans kosovars kurds kuwaitis kyrgyz laotians latvians lebanese " +
        "liberians libyans lithuanians malagasy malawians malaysians malians mauritanians mexicans moldovans mongolians moroccans mozambicans " +
        "namibians nepalese nepalis nigerians nigeriens norwegians omanis pakistanis palestinians panamanians paraguayans peruvians poles " +
        "portuguese qataris romanians russians rwandans salvadorans saudis scots senegalese serbians serbs sierra singaporeans slovaks " +
        "slovenians somalis spaniards sri srilankans sudanese swedes swiss syrians taiwanese tajiks tanzanians thais togolese tunisians turks " +
        "turkmens ugandans ukrainians uruguayans uzbeks venezuelans vietnamese welsh yemenis zambians zimbabweans rohingya uighurs uyghurs").Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Group nouns folded to one name: "kids" and "youngsters" are children, "firemen" firefighters, "travellers" passengers.</summary>
    public static readonly FrozenDictionary<string, string> GroupSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kids"] = "children", ["youngsters"] = "children", ["firemen"] = "firefighters", ["travellers"] = "passengers", ["travelers"] = "passengers",
        ["policemen"] = "police officers", ["cadavers"] = "bodies",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A measure phrase of several words starting at token <paramref name="i"/>, or null.</summary>
    public static (string Measure, int End)? PhraseAt(List<Numbers.Token> tokens, int i)
    {
        var n = tokens.Count;
        string Next(int d) => i + d < n ? tokens[i + d].Lower : string.Empty;
        var w = tokens[i].Lower;
        if (w is "executed" or "hanged")
        {
            return (Executed, i + 1); // "at least 17 prisoners were executed": put to death by an authority, its own measure
        }
        if (w == "recovered" && RecoveredAt(tokens, i))
        {
            return (Recovered, i + 1); // "31 patients have fully recovered": a condition's outcome, not the bodies "recovered" by searchers
        }
        if (HospitalAt(tokens, i) is { } hospital)
        {
            return (Measures.Injured, hospital);
        }
        if (w is "in" && i > 0 && tokens[i - 1].Lower is "were" or "was" or "are" or "is" or "been" or "still" && Next(1) is "the" or "a" or "its" or "their"
            && Venues.Contains(Next(2)))
        {
            // "about 90 miners were still in the pit", "400 people had been in the hall": who was there when it happened
            return (Next(2) is "shelter" or "basement" or "bunker" or "cellar" ? Sheltering : Present, i + 3);
        }
        if (w == "at" && (Next(1) == "risk" || (Next(1) is "high" or "grave" or "serious" or "imminent" or "great" or "severe" && Next(2) == "risk")))
        {
            // "750,000 people at risk of death": a threat, not the measure it names
            var end = Next(1) == "risk" ? i + 2 : i + 3;
            return (AtRisk, end + 1 < n && tokens[end].Lower is "of" or "from" ? end + 2 : end);
        }
        if (w is "held" && (Next(1) == "for" && Next(2) is "questioning" or "interrogation" || Next(1) == "on" && Next(2) == "suspicion" || Next(1) == "without" && Next(2) is "charge" or "trial"))
        {
            return (Measures.Detained, i + 3); // "four people were being held for questioning"
        }
        if (w is "face" or "faces" or "facing" or "faced" && (Next(1) is "charges" || Next(2) is "charges" || Next(3) is "charges"))
        {
            return ("charged", Next(1) is "charges" ? i + 2 : Next(2) is "charges" ? i + 3 : i + 4); // "two men face murder charges"
        }
        if (w is "leave" or "left" or "flee" or "abandon" or "abandoned" && Next(1) is "their" or "his" or "her" && Next(2) is "homes" or "home" or "houses" or "villages")
        {
            return (Measures.Displaced, i + 3); // "forced to abandon their villages"
        }
        if (w is "succumbed")
        {
            return (Measures.Killed, i + 1); // "three more people succumbed to their injuries": deaths, not injuries
        }
        if (w is "in" or "behind" && i > 0 && tokens[i - 1].Lower is "were" or "was" or "are" or "is" or "been" or "still" or "remain" or "remains" or "remained" or "now"
            && (Next(1) is "detention" or "jail" or "prison" || (Next(1) == "bars" && w == "behind") || (Next(1) is "police" or "military" or "pre-trial" && Next(2) == "detention")))
        {
            return (Measures.Detained, Next(2) == "detention" ? i + 3 : i + 2); // "about 600 people remain in detention", "… are behind bars"
        }
        if (w is "contracted")
        {
            return ("infected", i + 1); // "4,000 people have contracted the disease"
        }
        if (w.EndsWith("ed", StringComparison.Ordinal) && Next(1) == "to" && Next(2) == "death" && w is not ("sentenced" or "condemned" or "scared" or "bored"))
        {
            return (Measures.Killed, i + 3); // "crushed/trampled/burned/beaten/stabbed/starved to death"
        }
        if (w is "held" or "taken" or "kept" && (Next(1) is "hostage" or "hostages" or "captive" || (Next(1) == "for" && Next(2) == "ransom")))
        {
            return ("kidnapped", Next(1) == "for" ? i + 3 : i + 2); // "30 tourists were held hostage", "a group … was held for ransom"
        }
        if (w == "missed" && i > 0 && (tokens[i - 1].Lower is "are" or "were" or "is" or "was" or "been" or "still"
            || (PersonNouns.Contains(tokens[i - 1].Lower) && Next(1) is not ("the" or "a" or "an" or "their" or "his" or "her" or "its" or "out" or "by"))))
        {
            return (Measures.Missing, i + 1); // a translation's "100 persons missed", "290 people are missed": missing, not an object missed
        }
        if (w == "kicked" && Next(1) == "the" && Next(2) == "bucket")
        {
            return (Measures.Killed, i + 3); // a synonym spinner's "have kicked the bucket"
        }
        if (w == "on" && (Next(1) is "ventilators" or "ventilator" or "respirators" or "respirator" || (Next(1) == "life" && Next(2) == "support")
            || (Next(1) == "artificial" && Next(2) is "respiration" or "ventilation")))
        {
            return (Measures.Injured, Next(1) is "life" or "artificial" ? i + 3 : i + 2); // "11 people are on life support"
        }
        if (w == "without" && WithoutAt(tokens, i + 1) is { } without)
        {
            return without; // "left 800 people without shelter", "15 million people without clean water"
        }
        if (w is "threatened" or "threatening" && Next(1) is "by" or "with" && Next(2) is "starvation" or "famine" or "death" or "hunger")
        {
            return (AtRisk, i + 3); // "300,000 children are threatened by famine"
        }
        if (w is "critically" or "seriously" or "gravely" or "severely" && Next(1) == "ill")
        {
            return (Measures.Injured, i + 2); // "11 children critically ill": the severity of the injured, as "in critical condition"
        }
        if (w == "into" && Next(1) is "custody" or "detention")
        {
            return (Next(1) == "custody" ? Measures.Arrested : Measures.Detained, i + 2); // "taken 58 people into detention"
        }
        if (w is "facing" or "face" or "faces" && Next(1) is "starvation" or "famine" or "death" or "hunger")
        {
            return (AtRisk, i + 2); // "100,000 people are facing starvation": a threat, as "at risk of starvation"
        }
        if (w == "on" && Next(1) == "the" && Next(2) is "brink" or "verge" or "edge" && Next(3) == "of" && Next(4) is "starvation" or "famine" or "death")
        {
            return (AtRisk, i + 5); // "a million people are on the brink of famine"
        }
        if (w is "shifted" or "moved" or "relocated" or "taken" or "brought" or "evacuated" && Next(1) == "to" && Next(2) is "safer" or "safe" or "higher"
            && Next(3) is "places" or "place" or "locations" or "location" or "areas" or "area" or "ground" or "sites" or "zones")
        {
            return (Measures.Evacuated, i + 4); // "3,000 people were shifted to safer places"
        }
        if (w == "among" && Next(1) is "those" or "the" && (Next(2) is "aboard" or "onboard" || (Next(2) == "on" && Next(3) == "board")))
        {
            return (Aboard, Next(2) == "on" ? i + 4 : i + 3); // "eight crew members were also among those on board"
        }
        if (w == "spent" && Next(1) == "the" && Next(2) is "night" or "nights" && Next(3) is "in" or "at" or "on" or "outdoors" or "outside")
        {
            return (Sheltering, i + 3); // "3,000 people spent the night in schools": away from home for the night
        }
        if (w is "sleeping" or "living" or "staying" or "slept" && (Next(1) is "outdoors" or "rough"
            || (Next(1) == "in" && (Next(2) is "tents" || (Next(2) == "the" && Next(3) == "open")))))
        {
            return (Sheltering, Next(1) is "outdoors" or "rough" ? i + 2 : Next(2) == "tents" ? i + 3 : i + 4); // "1,100 people are living in tents"
        }
        if (CampAt(tokens, i) is { } camp)
        {
            return camp;
        }
        if (OnVehicleAt(tokens, i) is { } onVehicle)
        {
            return (Aboard, onVehicle);
        }
        return w switch
        {
            "on" when Next(1) == "board" => (Aboard, i + 2),
            "cut" when Next(1) == "off" => (Trapped, i + 2),
            "handed" when Next(1) == "over" => ("handed_over", i + 2),
            "taken" or "took" or "sought" or "seeking" or "found" when Next(1) is "refuge" or "shelter" => (Sheltering, i + 2),
            "forced" or "driven" or "chased" when Next(1) is "from" or "out" && (Next(2) is "their" or "of" || Next(3) is "homes" or "home") => (Measures.Displaced, i + 3),
            "made" or "came" or "got" when Next(1) is "it" or "out" or "through" && (Next(2) == "alive" || Next(3) == "alive") => (Measures.Rescued, Next(2) == "alive" ? i + 3 : i + 4),
            "lived" or "come" when Next(1) == "through" => (Measures.Rescued, i + 2),
            "brought" or "taken" or "moved" when Next(1) is "to" or "into" && Next(2) is "shelters" or "camps" => (Measures.Evacuated, i + 3),
            "brought" or "taken" or "carried" or "led" or "pulled" when Next(1) == "to" && Next(2) == "safety" => (Measures.Rescued, i + 3),
            // "… were in need", "… need food aid", "… needing humanitarian assistance": people in need are the affected.
            "in" when Next(1) == "need" || (Next(1) is "dire" or "urgent" or "desperate" or "acute" && Next(2) == "need") => (Measures.Affected, Next(1) == "need" ? i + 2 : i + 3),
            "need" or "needs" or "needing" or "require" or "requiring" when AidAt(tokens, i + 1) is { } aid => (Measures.Affected, aid),
            _ => null,
        };
    }

    /// <summary>"recovered" with no object after a perfect or a word of completion ("have recovered", "had fully recovered", "now
    /// recovered from"): the sick or hurt who got well. With an object ("recovered 12 bodies", "recovered the remains") it is a search's
    /// finding and names no such measure.</summary>
    private static bool RecoveredAt(List<Numbers.Token> tokens, int i)
    {
        var n = tokens.Count;
        if (i == 0 || tokens[i - 1].Lower is not ("have" or "has" or "had" or "fully" or "now" or "already" or "since" or "all"))
        {
            return false;
        }
        if (i + 1 >= n)
        {
            return true;
        }
        return !tokens[i + 1].IsNumber && tokens[i + 1].Lower is "." or "," or ";" or "and" or "from" or "fully" or "since" or "after" or "so" or "while" or "but";
    }

    /// <summary>Vehicles and vessels people travel in.</summary>
    public static readonly FrozenSet<string> Vehicles = new[]
    {
        "ferry", "plane", "flight", "bus", "train", "boat", "ship", "vessel", "jet", "aircraft", "airliner", "coach", "minibus", "helicopter",
        "dinghy", "trawler", "airplane", "aeroplane", "craft", "liner", "cruise",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>People in a vehicle: "… were travelling on the ferry", "… were flying aboard the jet" (a main predicate, after a form
    /// of "be"). Returns the end of the phrase, or null.</summary>
    private static int? OnVehicleAt(List<Numbers.Token> tokens, int i)
    {
        var n = tokens.Count;
        var w = tokens[i].Lower;
        int at;
        if (w is "travelling" or "traveling" or "flying" or "riding" or "sailing" && i > 0 && tokens[i - 1].Lower is "were" or "was" or "been" or "are" or "is"
            && i + 1 < n && tokens[i + 1].Lower is "on" or "aboard" or "in" or "onboard")
        {
            at = i + 2;
        }
        else
        {
            return null;
        }
        at += at < n && tokens[at].Lower is "the" or "a" or "an" or "its" or "their" or "that" or "this" ? 1 : 0;
        // One modifier may stand before the vehicle: "the doomed flight", "the packed bus".
        if (at + 1 < n && !Vehicles.Contains(tokens[at].Lower) && Vehicles.Contains(tokens[at + 1].Lower) && tokens[at].IsWord)
        {
            at++;
        }
        return at < n && Vehicles.Contains(tokens[at].Lower) ? at + 1 : null;
    }

    /// <summary>Kinds of camp or centre people are housed in away from home ("relief camps", "evacuation centres").</summary>
    private static readonly FrozenSet<string> CampKinds = new[]
    {
        "relief", "evacuation", "evacuee", "temporary", "emergency", "displacement", "idp", "makeshift", "transit", "tent", "government",
        "state-run", "government-run", "rescue", "refugee",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The places themselves: camps, centres, shelters and emergency housing.</summary>
    private static readonly FrozenSet<string> CampPlaces = new[]
    {
        "camps", "camp", "centres", "centers", "centre", "center", "shelters", "accommodation", "housing", "tents",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before "in" that say where a counted group is now: "… are now in", "… remain in", "… staying in", a bare count.</summary>
    private static bool StaysBefore(List<Numbers.Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }
        var before = tokens[i - 1];
        return before.IsNumber || PersonNouns.Contains(before.Lower) || before.Lower is "were" or "was" or "are" or "is" or "been" or "still" or "now" or "remain"
            or "remains" or "remained" or "remaining" or "staying" or "stay" or "stayed" or "living" or "live" or "lived" or "housed" or "sheltering" or "sheltered"
            or "sleeping" or "currently" or "already" or "million" or "thousand" or "lakh";
    }

    /// <summary>People housed away from home: "moved to relief camps", "are now in evacuation centres", "remain in shelters", "still in
    /// emergency accommodation". A kind word (relief, evacuation, temporary, …) is needed before camps, centres and housing; shelters
    /// and camps need none after a verb of moving or a word of staying. Returns the measure (<c>evacuated</c>, or <c>sheltering</c> for
    /// shelters) and the end of the phrase.</summary>
    private static (string Measure, int End)? CampAt(List<Numbers.Token> tokens, int i)
    {
        var n = tokens.Count;
        var w = tokens[i].Lower;
        int at;
        if (w is "brought" or "taken" or "moved" or "relocated" or "sent" or "transferred" or "shifted" or "bused" or "bussed" && i + 1 < n && tokens[i + 1].Lower is "to" or "into")
        {
            at = i + 2;
        }
        else if (w == "in" && StaysBefore(tokens, i))
        {
            at = i + 1;
        }
        else
        {
            return null;
        }
        at += at < n && tokens[at].Lower is "the" or "these" or "those" or "various" or "several" or "local" or "nearby" or "overcrowded" or "crowded" ? 1 : 0;
        var kinds = 0;
        while (at < n && kinds < 2 && (CampKinds.Contains(tokens[at].Lower) || tokens[at].IsNumber))
        {
            at++;
            kinds++;
        }
        if (w == "in" && kinds == 0 && at < n && tokens[at].Lower is "schools" or "churches" or "mosques" or "temples" or "classrooms"
            or "gyms" or "gymnasiums" or "stadiums" or "halls" or "monasteries" && tokens[i - 1].Lower is "sheltering" or "sheltered" or "housed" or "staying"
            or "stayed" or "living" or "sleeping" or "slept" or "camped" or "camping" or "remain" or "remains" or "remained")
        {
            return (Sheltering, at + 1); // "4,300 people are sheltering in 12 schools", "2,000 people were housed in schools"
        }
        if (at >= n || !CampPlaces.Contains(tokens[at].Lower))
        {
            return null;
        }
        var place = tokens[at].Lower;
        if (kinds == 0 && place is not ("shelters" or "camps") )
        {
            return null; // "in the centre of town", "in housing": no camp named
        }
        if (kinds == 0 && w == "in" && !(tokens[i - 1].Lower is "remain" or "remains" or "remained" or "remaining" or "staying" or "stayed" or "living" or "housed" or "sheltering" or "now" or "still"))
        {
            return null; // "were in camps" without a word of staying reads too many ways; "remain in shelters" does not
        }
        return (place is "shelters" && kinds == 0 ? Sheltering : Measures.Evacuated, at + 1);
    }

    /// <summary>Places people are counted in when disaster strikes: "N people were in the building/mine/club".</summary>
    private static readonly FrozenSet<string> Venues = new[]
    {
        "building", "mine", "pit", "club", "nightclub", "theatre", "theater", "tower", "hall", "church", "mosque", "stadium", "venue", "shelter",
        "basement", "bunker", "cellar", "factory", "hotel", "tunnel", "school", "market", "mall", "plant", "complex", "block", "dormitory", "hostel",
        "auditorium", "arena", "temple", "station", "terminal", "camp", "compound",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What people are left without, from token <paramref name="i"/> (after "without"): a home or shelter makes them homeless
    /// (<c>displaced</c>), water, food or power counts them among the <c>affected</c>; null for anything else ("without warning").</summary>
    private static (string Measure, int End)? WithoutAt(List<Numbers.Token> tokens, int i)
    {
        for (var j = i; j < tokens.Count && j - i < 3; j++)
        {
            var w = tokens[j].Lower;
            if (w is "shelter" or "homes" or "home" or "housing" or "roof" or "roofs")
            {
                return (Measures.Displaced, j + 1);
            }
            if (w is "water" or "food" or "electricity" or "power" or "sanitation")
            {
                return (Measures.Affected, j + 1);
            }
            if (w is not ("a" or "any" or "clean" or "safe" or "drinking" or "adequate" or "proper" or "access" or "to" or "their"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"(food/humanitarian/urgent) aid/assistance/help" from token <paramref name="i"/>: the end of the phrase, or null.</summary>
    private static int? AidAt(List<Numbers.Token> tokens, int i)
    {
        for (var j = i; j < tokens.Count && j - i < 6; j++)
        {
            var w = tokens[j].Lower;
            if (w is "aid" or "assistance" or "help" or "relief")
            {
                return j + 1;
            }
            if (w is not ("food" or "humanitarian" or "urgent" or "emergency" or "immediate" or "medical" or "life-saving" or "lifesaving" or "some" or "of"
                or "and" or "nutrition" or "nutritional" or "health" or "shelter" or "protection" or "water"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Taken to hospital is a count of the injured: "taken/admitted/rushed/sent/referred/brought/airlifted to (the/various) hospital(s)",
    /// "in hospital", "in critical/serious/stable condition", "undergoing treatment", "are critical". Returns the end of the phrase.</summary>
    private static int? HospitalAt(List<Numbers.Token> tokens, int i)
    {
        var n = tokens.Count;
        var w = tokens[i].Lower;
        if (w is "taken" or "admitted" or "rushed" or "sent" or "referred" or "brought" or "airlifted" or "flown" or "transported" or "moved")
        {
            var j = i + 1;
            if (j < n && tokens[j].Lower is "to" or "into" or "in")
            {
                j++;
                while (j < n && j - i <= 5 && (tokens[j].IsNumber || Numbers.NumberLexicon.Units.ContainsKey(tokens[j].Lower) || tokens[j].Lower is "the" or "a" or "various" or "different" or "several" or "local" or "nearby" or "area" or "city" or "other" or "district" or "military" or "government" or "ten" or "dozen"))
                {
                    j++;
                }
                if (j < n && tokens[j].Lower is "hospital" or "hospitals" or "clinics" or "clinic")
                {
                    return j + 1;
                }
            }
            return w == "admitted" && i > 0 && tokens[i - 1].Lower is "were" or "been" or "was" or "are" ? i + 1 : null;
        }
        if (w == "in" && i + 1 < n)
        {
            var next = tokens[i + 1].Lower;
            if (next is "hospital" or "hospitals")
            {
                return i + 2;
            }
            if (next is "critical" or "serious" or "stable" or "grave" or "intensive" && i + 2 < n && tokens[i + 2].Lower is "condition" or "conditions" or "care")
            {
                return i + 3;
            }
            // "in a critical condition", "in 'critical condition'"
            var j = i + 1;
            while (j < n && j - i <= 2 && tokens[j].Lower is "a" or "\"" or "'")
            {
                j++;
            }
            if (j > i + 1 && j + 1 < n && tokens[j].Lower is "critical" or "serious" or "stable" or "grave" && tokens[j + 1].Lower is "condition" or "conditions")
            {
                return j + 2 < n && tokens[j + 2].Lower is "\"" or "'" ? j + 3 : j + 2;
            }
        }
        if (w is "undergoing" or "receiving" or "getting" && i + 1 < n && tokens[i + 1].Lower is "treatment")
        {
            return i + 2;
        }
        if (w is "receiving" or "getting" or "needing" or "requiring" && i + 2 < n && tokens[i + 1].Lower is "hospital" or "medical" && tokens[i + 2].Lower is "treatment" or "care" or "attention")
        {
            return i + 3; // "52 people were still receiving care at the clinic"
        }
        // "made their (own) way to hospital", "got themselves to hospital": the walking injured.
        if (w is "made" or "make" or "making" && i + 3 < n && tokens[i + 1].Lower is "their" or "his" or "her")
        {
            var j = i + 2 + (tokens[i + 2].Lower == "own" ? 1 : 0);
            if (j + 2 < n && tokens[j].Lower == "way" && tokens[j + 1].Lower == "to" && tokens[j + 2].Lower is "hospital" or "hospitals")
            {
                return j + 3;
            }
        }
        if (w is "got" or "get" && i + 3 < n && tokens[i + 1].Lower is "themselves" or "himself" or "herself" && tokens[i + 2].Lower == "to" && tokens[i + 3].Lower is "hospital" or "hospitals")
        {
            return i + 4;
        }
        if (w is "critical" or "critically" && i > 0 && tokens[i - 1].Lower is "are" or "were" or "is" or "was" or "remain" or "remained")
        {
            return i + 1;
        }
        return null;
    }

    /// <summary>The measure an unknown participle predicate names ("… were deployed" → <c>deployed</c>), or null when the word is not a
    /// participle or is a reporting or state verb.</summary>
    public static string? UnknownPredicate(string word)
    {
        if (word.Length < 5 || NotMeasures.Contains(word) || FigureLexicon.AttributionVerbs.Contains(word))
        {
            return null;
        }
        return word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLetter) ? word : null;
    }
}
