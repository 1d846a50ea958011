using System.Collections.Frozen;

namespace Triangulate.Extraction.Entities;

/// <summary>General-vocabulary word lists the mention finder uses (titles, organisation and place heads, media, communities).</summary>
/// <remarks>These are English vocabulary, not names from any corpus; matching is case-insensitive unless stated.</remarks>
internal static class EntityLexicons
{
    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role/title head nouns: a capitalized name after (or in apposition to) one of these is a person.</summary>
    public static readonly FrozenSet<string> TitleHeads = Set(
        "president president-elect minister ambassador envoy spokesman spokeswoman spokesperson chief director head leader official " +
        "commander king queen prince princess sheikh emir mayor governor senator congressman congresswoman representative chairman chairwoman chair " +
        "judge prosecutor pope bishop archbishop imam patriarch cleric rabbi chancellor premier ceo founder secretary secretary-general " +
        "general lieutenant colonel major captain sergeant admiral marshal dr dr. mr mr. mrs mrs. ms ms. sir lt lt. col col. gen gen. maj maj. " +
        "capt capt. sgt sgt. rev rev. prof prof. professor coordinator commissioner rapporteur negotiator adviser advisor aide deputy vice-president " +
        "mufti lawmaker mp activist correspondent reporter journalist doctor physician surgeon nurse witness resident survivor officer lawyer analyst " +
        "researcher expert economist editor producer photographer coach manager owner driver teacher student father mother son daughter brother " +
        "sister husband wife uncle aunt cousin grandfather grandmother");

    private const string NewTitles = "cdr cdr. cmdr insp insp. supt supt. det det. inspector superintendent detective constable";

    /// <summary>Title words that can open a capitalized run before a name ("Lt. Col. X", "President X", "Dr X").</summary>
    public static readonly FrozenSet<string> NameTitles = Set(
        "president president-elect minister ambassador envoy spokesman spokeswoman spokesperson chief director commander king queen prince princess " +
        "sheikh emir mayor governor senator judge prosecutor pope bishop archbishop imam patriarch chancellor premier secretary secretary-general " +
        "general lieutenant colonel major captain sergeant admiral marshal dr dr. mr mr. mrs mrs. ms ms. sir lt lt. col col. gen gen. maj maj. " +
        "capt capt. sgt sgt. rev rev. prof prof. professor commissioner rapporteur " + NewTitles + " deputy prime foreign defense defence interior health " +
        "justice finance economy education culture vice senior acting interim former top chief special state supreme grand");

    /// <summary>Government portfolios written after "Minister for" / "Secretary of" ahead of the holder's name.</summary>
    public static readonly FrozenSet<string> TitlePortfolios = Set(
        "transport transportation health foreign affairs state defence defense interior home justice finance treasury education " +
        "environment energy trade labour labor agriculture economy culture communications information security development " +
        "infrastructure tourism water works housing disaster management emergency emergencies relief welfare social public " +
        "internal external railways aviation civil science technology industry mines mining commerce family women youth sport sports " +
        "planning local government human rights refugees migration immigration humanitarian");

    /// <summary>Title words that carry the role meaning (not modifiers like "prime" or "deputy").</summary>
    public static readonly FrozenSet<string> StrongNameTitles = Set(
        "leader chairman chairwoman chairperson president president-elect minister ambassador envoy spokesman spokeswoman spokesperson director commander king queen prince princess " +
        "sheikh emir mayor governor senator judge prosecutor pope bishop archbishop imam patriarch chancellor premier secretary secretary-general " +
        "general lieutenant colonel captain sergeant admiral marshal dr dr. mr mr. mrs mrs. ms ms. sir lt lt. col col. gen gen. maj maj. " +
        "capt capt. sgt sgt. rev rev. prof prof. professor commissioner rapporteur " + NewTitles);

    /// <summary>Occupations written like a title before a name ("Guitarist Jo Bloggs") or after a place ("District Magistrate").</summary>
    public static readonly FrozenSet<string> Occupations = Set(
        "guitarist singer musician drummer diver pilot co-pilot copilot firefighter paramedic meteorologist seismologist scientist engineer " +
        "farmer fisherman miner worker volunteer inspector superintendent detective constable magistrate administrator technician " +
        "collector commissioner superintendent registrar coroner ombudsman ombudswoman mp");

    /// <summary>Faiths: a name ending in one ("Shia Islam") is neither a person nor a body.</summary>
    public static readonly FrozenSet<string> Religions = Set(
        "Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism Protestantism Shiism Sufism Orthodoxy Zoroastrianism Jainism " +
        "Taoism Confucianism Wahhabism Salafism Evangelicalism Anglicanism");

    /// <summary>Words that open the name of a natural feature or town ("Mount X", "Lake X", "Port X").</summary>
    public static readonly FrozenSet<string> PlacePrefixes = Set("Mount Mt Mt. Lake River Cape Fort Port Isle Gulf");

    /// <summary>Compass words opening a region's name ("South Asia", "Northern Kerrin").</summary>
    public static readonly FrozenSet<string> CompassWords = Set(
        "North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest North-East North-West " +
        "South-East South-West Northeastern Northwestern Southeastern Southwestern Greater");

    /// <summary>Adjectives of peoples and countries, regular or not (a name never opens with one: "French Riviera" is no person).</summary>
    public static readonly FrozenSet<string> Adjectivals = Set(
        "Nepalese Nepali Indian Brazilian Korean Italian Mexican Canadian Australian Indonesian Nigerian Kenyan Ethiopian Somali Syrian " +
        "Lebanese Egyptian Libyan Tunisian Moroccan Algerian Iranian Haitian Chilean Peruvian Colombian Venezuelan Argentine Argentinian " +
        "Cuban Malaysian Singaporean Cambodian Mongolian Rwandan Ugandan Tanzanian Zimbabwean Mozambican Malawian Zambian Ghanaian " +
        "Senegalese Malian Eritrean Jordanian Palestinian Qatari Kuwaiti Bahraini Omani Austrian Belgian Hungarian Romanian Bulgarian " +
        "Serbian Croatian Bosnian Albanian Czech Slovak Lithuanian Latvian Estonian Armenian Bolivian Ecuadorian Guatemalan Honduran " +
        "Nicaraguan Salvadoran Dominican Jamaican Sri Lankan Bangladeshi Philippine Korean Taiwanese Laotian Afghan Sudanese Yemeni " +
        "Iraqi Israeli Pakistani Turkish Russian Ukrainian Chinese Japanese French British German Spanish Greek Dutch Swiss Polish " +
        "Irish Scottish Welsh Thai Filipino Arab Saudi Emirati European African Asian American Islamic Islamist Soviet Ottoman " +
        "Norwegian Swedish Danish Finnish Portuguese Vietnamese Burmese Congolese Kurdish Sunni Shia Shiite");

    /// <summary>Weekdays (a weekday never continues a name: "Kerrin on Monday").</summary>
    public static readonly FrozenSet<string> Weekdays = Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    /// <summary>Month names (a month before a day number ends a name: "Kerrin June 4").</summary>
    public static readonly FrozenSet<string> Months = Set(
        "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec");

    /// <summary>Honorifics removed from names ("Mr", "Dr", "Sheikh").</summary>
    public static readonly FrozenSet<string> Honorifics = Set("mr mr. mrs mrs. ms ms. dr dr. sir sheikh prof prof. rev rev.");

    /// <summary>Capitalized head words of organisation names (case-sensitive use: the word must be capitalized).</summary>
    public static readonly FrozenSet<string> OrgHeads = Set(
        "Observatory Network Agency Ministry Committee Court Service Services Council Union Nations League Forces Army Authority " +
        "Organization Organisation Office Church Diocese Party Front Movement Brigade Brigades Institute University Company Corporation Corp " +
        "Inc Ltd Limited GmbH LLC PLC Plc Police Department Commission Cross Crescent Watch Survey Helmets Jihad Center Centre Foundation Fund Programme Program " +
        "Association Federation Assembly Parliament Congress Senate Cabinet Government Administration Guard Guards Corps Navy Command Coalition " +
        "Alliance Secretariat Bureau Press News Times Post Channel TV Radio Television Broadcasting Herald Tribune Journal Gazette Daily " +
        "Agency Commissariat Tribunal Prosecutor's Directorate Society Trust Group Club Band Bank Airlines Airways Media Review Magazine Monitor " +
        "Academy College School Red Defense Defence Intelligence Security Emergency Affairs Rights Relief Aid Health Works Mission Initiative " +
        "Board Express Project");

    /// <summary>Organisation heads weak on their own (modifiers in "Defense Ministry"): an organisation name needs one strong head.</summary>
    public static readonly FrozenSet<string> WeakOrgHeads = Set("Red Defense Defence Intelligence Security Emergency Affairs Rights Relief Aid Health Works");

    /// <summary>Capitalized head words of place names: facilities and natural or administrative areas.</summary>
    public static readonly FrozenSet<string> PlaceHeads = Set(
        "Hall Hospital Strip City Base Airport Airbase Square Street Road Avenue Bridge Mosque Cathedral Camp Crossing Port Harbour Harbor Stadium " +
        "Palace Prison Dam Valley Mountains Mountain Mount Sea Ocean River Lake Gulf Island Islands Peninsula Coast Desert Plain Heights Province " +
        "Governorate Region District County Oblast Canal Mall Hotel Tower Towers Market Bazaar Plaza Park Village Town Quarter Neighbourhood " +
        "Neighborhood Station Terminal Complex Building Highway Border Basin Bay Strait East West North South Territories Territory Bank Area Zone");

    /// <summary>Facility words: "X hospital" names a place; dropped from place keys so "Ahli Arab Hospital" = "Ahli Arab hospital".</summary>
    public static readonly FrozenSet<string> Facilities = Set("hospital hall airport airbase base camp mosque stadium prison church cathedral");

    /// <summary>Ministry portfolios ("health ministry", "defence ministry").</summary>
    public static readonly FrozenSet<string> Portfolios = Set(
        "health interior defense defence foreign justice finance education information emergency emergencies culture economy agriculture " +
        "transport energy environment labour labor endowments tourism trade industry communications housing water electricity oil");

    /// <summary>Trailing lowercase words kept as part of a place name ("Moscow region").</summary>
    public static readonly FrozenSet<string> RegionSuffixes = Set("region oblast krai");

    /// <summary>Trailing lowercase words after a place that are dropped from the mention ("Latakia province").</summary>
    public static readonly FrozenSet<string> AreaWords = Set("province provinces governorate governorates countryside district region regions city town village area");

    /// <summary>Wire services and broadcasters known worldwide (media vocabulary).</summary>
    public static readonly FrozenSet<string> Media = Set(
        "Reuters AFP AP BBC CNN Anadolu TASS Interfax Xinhua dpa Bloomberg EFE ANSA Kyodo Yonhap NHK NBC CBS ABC NPR PTI IANS Bernama " +
        "Jazeera Arabiya Antara WAFA IRNA Fars Tasnim ITAR-TASS RIA Sputnik RT");

    /// <summary>Religious and ethnic community names (singular and plural).</summary>
    public static readonly FrozenSet<string> Communities = Set(
        "Sunni Sunnis Shia Shias Shiite Shiites Druze Kurd Kurds Kurdish Christian Christians Muslim Muslims Jew Jews Jewish Yazidi Yazidis " +
        "Copt Copts Coptic Maronite Maronites Uyghur Uyghurs Uighur Uighurs Rohingya Hindu Hindus Sikh Sikhs Buddhist Buddhists Catholic Catholics " +
        "Protestant Protestants Bedouin Bedouins Roma Tamil Tamils Hazara Hazaras Pashtun Pashtuns Baloch Turkmen Assyrians Ismaili Ismailis " +
        "Houthi Houthis Tutsi Tutsis Hutu Hutus Berber Berbers Amazigh Circassian Circassians Chechen Chechens Tatar Tatars");

    /// <summary>Irregular demonyms (adjectives of countries), which are not entities on their own.</summary>
    public static readonly FrozenSet<string> IrregularDemonyms = Set(
        "French British English Dutch Swiss Greek Chinese Spanish German Danish Swedish Finnish Polish Irish Scottish Welsh Thai Filipino " +
        "Turkish Arab Arabic Persian Saudi Emirati Gulf Western Eastern Northern Southern European African Asian American Latin Kurdish " +
        "Islamic Islamist Jihadist Soviet Ottoman Sunni Shia Norwegian Icelandic Portuguese Vietnamese Japanese Burmese Sudanese Congolese " +
        "Yemeni Iraqi Israeli Pakistani Bangladeshi Afghan Tajik Uzbek Kazakh Kyrgyz Turkmen Azerbaijani Azeri Belarusian Ukrainian Russian");

    /// <summary>Capitalized words that are not names (sentence openers, pronouns, weekdays, months, headline words).</summary>
    public static readonly FrozenSet<string> Stop = Set(
        "The A An In On At By To For From Of With Without And Or But Nor So Yet However He She It They We I You His Her Their Its Our My Your " +
        "This That These Those There Here When Where While After Before As If Since Despite Although Though Amid Amidst Among According " +
        "Meanwhile Also Some Many Most More Other Such Speaking Last Next Earlier Later Today Yesterday Tomorrow Tonight Now Then Thus " +
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October " +
        "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Photo Image Video Read Share Breaking Update Updated Advertisement " +
        "Please Click Subscribe Follow Sign Watch Listen Related Source Sources Copyright All Every Each Both Neither Either No Not Yes Why How " +
        "What Who Whom Whose Which Do Does Did Is Are Was Were Be Been Has Have Had Will Would Could Should Can May Might Must Shall Let Mr Mrs " +
        "Ms Dr One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Dozens Several Few Another Over Under About Around Up Down " +
        "Out Into Onto Upon Through Throughout During Until Within Between Against Toward Towards Across Behind Beyond Near Outside Inside " +
        "Following Including Regarding Concerning Unlike Like Just Only Even Still Already Again Once Twice Furthermore Moreover Additionally " +
        "Overall Finally First Second Third Instead Otherwise Indeed Rather Because Unless Whether Whereas Large Local Officials Authorities " +
        "Residents People Witnesses Rescuers Several New Old Latest Early Late Breaking Exclusive Opinion Analysis Editorial Live " +
        "Ahead Amid Elsewhere Separately Nearby Overnight Initially Later Recently Currently Reportedly Apparently");

    /// <summary>Name particles that may appear lowercase inside a name ("Bashar al-Assad", "Ludwig van Beethoven").</summary>
    public static readonly FrozenSet<string> Particles = Set("al el bin ibn bint abu de da di del della van von der den du la le dos das y ter");

    /// <summary>Words that end a company's name ("Holding", "Mining", "Airlines", "Ltd"); case-sensitive, as they are written capitalised.</summary>
    public static readonly FrozenSet<string> CompanyWords = (
        "Holding Holdings Inc Ltd Limited Corp Corporation Company Mining Airlines Airways Air Aviation Railway Railways Energy Oil " +
        "Petroleum Industries Shipping Ferries Logistics Chemical Chemicals Steel Construction Plc PLC LLC GmbH AG Motors Coal " +
        "A.S S.A N.V B.V S.p.A Pty Tbk")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Generic nouns a story uses for a company it named before ("the airline", "the company", "the operator").</summary>
    public static readonly FrozenSet<string> CompanyNouns = Set("company firm operator owner airline carrier insurer manufacturer contractor");

    /// <summary>Connectors allowed inside organisation or place names ("Observatory for Human Rights", "Diocese of Jerusalem").</summary>
    public static readonly FrozenSet<string> Connectors = Set("of for and & the on");

    /// <summary>Reporting verbs (speech and attribution).</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "said says say saying told tells tell added adds noted notes stated states stressed stresses warned warns described describes describing " +
        "called calls calling urged urges wrote writes declared declares insisted insists explained explains asked asks tweeted posted " +
        "announced announces reported reports reporting quoted quoting expressed expresses confirmed confirms claimed claims accused " +
        "accuses commented comments continued recalled shouted cried pleaded vowed promised acknowledged admitted argued maintained " +
        "suggested estimated assessed concluded denied denies dismissed branded labelled labeled termed dubbed condemned condemns " +
        "blamed blames alleged alleges pledged pledges demanded demands praised told replied responded remarked observed underlined " +
        "emphasized emphasised affirmed reiterated indicated indicates revealed whispered screamed yelled sobbed murmured texted shouted " +
        "exclaimed lamented tweeted");
}
