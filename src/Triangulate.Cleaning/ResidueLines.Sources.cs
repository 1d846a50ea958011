using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Round 16: lines about where a report's material came from and where to read more — a wire credit written as a
/// sentence ("Some information for this report was provided by WIRE.", "Material from WIRE was used in this report."), a
/// pointer to more coverage ("For more on the slide, visit our special page."), a feed plugin's or an engine's signature
/// ("Published via the Outlet News Feed plugin for WordPress."), and a labelled update stamp with a spaced colon ("Latest update :
/// 2031-05-14"), and a note on how the page marks its updates ("New details are in bold:").</summary>
internal static partial class ResidueLines
{
    // A wire credit written as a sentence: where the report's material, information or reporting came from.
    [GeneratedRegex(@"^(?:Some |Additional |Part of the |Much of the )?(?:information|material|reporting|details|content)(?: for| in| used in| from)? this (?:report|story|article|dispatch)\b[^\n.]{0,30}\b(?:was|were|has been|have been|is) (?:provided|supplied|contributed|compiled|taken|drawn|gathered|obtained) (?:by|from) [^\n.]{2,80}\.?$|^(?:Some )?(?:Material|Information|Details|Reporting|Content) (?:from|by) [^\n.]{2,60}\b(?:was|were) (?:used|included) in (?:this|the) (?:report|story|article)\.?$|^This (?:report|story|article) (?:includes|contains|uses|used|draws on|includes some) (?:material|information|reporting|content|details) (?:from|by) [^\n.]{2,60}\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SourceCreditSentence();

    // A pointer to more coverage: "For more on the slide, visit our special page.", "For the latest news about X, see …".
    [GeneratedRegex(@"^For (?:more|further|the latest|full|complete|continuing|live)(?: information| coverage| news| details| stories| reports| updates| pictures| video)? (?:on|about|from|of) [^\n.!?,]{2,80}, (?:please )?(?:visit|see|go to|click|read|check out|head to|follow|tune in to|log on to)\b[^\n!?]{0,100}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MoreCoveragePointer();

    // A feed plugin's or a publishing engine's signature: "Published via the Outlet News Feed plugin for WordPress.", "Posted with
    // the Outlet app", "Powered by Engine". The tail after the tool's name takes no comma: "Shared via the town's alert app, it
    // warned of floods" goes on into a clause of its own and is content.
    [GeneratedRegex(@"^(?:Published|Posted|Syndicated|Imported|Shared) (?:via|with|through|using) [^\n.]{2,60}\b(?:plugin|plug-in|feed|RSS|widget|app)\b[^\n.,]{0,30}\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex FeedPluginSignature();

    // A labelled update stamp whose colon stands after a space, and nothing but a date or a clock after it: "Latest update : 2031-05-14",
    // "Last update : 14/05/2031 - 10:05".
    [GeneratedRegex(@"^(?:Latest|Last|Most recent) (?:update|updated|modification|modified|revision)\s+:\s*(?:(?:\d[\d:./h-]*|[A-Z][a-z]{2,8}\.?,?|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|at|-|–|\|)\s*){1,8}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SpacedUpdateStamp();

    // A note on how the page marks its updates: "New details are in bold:", "Updates appear in italics below".
    [GeneratedRegex(@"^(?:UPDATED?|Updated|Updates?|New|Newer|Latest)\b[^\n]{0,40}?\b(?:in|are in|appear in|appears in|shown in|marked in|set in) (?:italics?|bold|red|blue)(?: below| above| type)?\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex UpdateMarkNote();

    /// <summary>The kinds of this file (see the type's summary), tried after every older rule; null for content.</summary>
    private static (string Kind, string Rule)? ClassifySources(string t, int words)
    {
        if (words > 30 || t.Length < 12)
        {
            return null;
        }
        var first = t[0];
        if (first is 'S' or 'A' or 'P' or 'M' or 'I' or 'R' or 'D' or 'C' or 'T' or 's' or 'a' or 'p' or 'm' or 'i' or 'r' or 'd' or 'c' or 't'
            && (t.Contains(" report", StringComparison.OrdinalIgnoreCase) || t.Contains(" stor", StringComparison.OrdinalIgnoreCase)
                || t.Contains(" article", StringComparison.OrdinalIgnoreCase) || t.Contains(" dispatch", StringComparison.OrdinalIgnoreCase))
            && !HasBareFigure(t) && !ReportsFromStart(t) && SourceCreditSentence().IsMatch(t))
        {
            return ("credit_line", "wire credit written as a sentence (\"Some information for this report was provided by WIRE.\")");
        }
        if (first == 'F' && t.StartsWith("For ", StringComparison.Ordinal) && !HasBareFigure(t) && !ReportsFromStart(t) && !HasQuotation(t)
            && MoreCoveragePointer().IsMatch(t))
        {
            return ("related", "pointer to more coverage (\"For more on the slide, visit our special page.\")");
        }
        if (words <= 16 && first is 'P' or 'S' or 'I' && !HasBareFigure(t) && !ReportsFromStart(t) && FeedPluginSignature().IsMatch(t))
        {
            return ("credit_line", "feed plugin's signature (\"Published via the Outlet News Feed plugin for WordPress.\")");
        }
        if (words <= 12 && first is 'L' or 'M' && t.Contains(" :", StringComparison.Ordinal) && HasDigit(t) && SpacedUpdateStamp().IsMatch(t))
        {
            return ("timestamp", "labelled update stamp with a spaced colon (\"Latest update : 2031-05-14\")");
        }
        if (words <= 10 && first is 'U' or 'u' or 'N' or 'n' or 'L' or 'l' && (t.Contains("italic", StringComparison.OrdinalIgnoreCase) || t.Contains("bold", StringComparison.OrdinalIgnoreCase)
            || t.Contains(" red", StringComparison.OrdinalIgnoreCase) || t.Contains(" blue", StringComparison.OrdinalIgnoreCase)) && UpdateMarkNote().IsMatch(t))
        {
            return ("label", "note on how the page marks its updates (\"New details are in bold:\")");
        }
        return null;
    }
}
