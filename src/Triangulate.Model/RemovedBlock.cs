namespace Triangulate.Model;

/// <summary>A piece of the original text that the cleaner removed, and why.</summary>
/// <param name="Kind"><c>residue</c> (scraper junk), <c>signature</c> (outlet signature line), <c>provenance</c> ("Original Source: …"), <c>date_line</c> (a leading date stamp), <c>repeated_block</c> (text repeated inside the document), <c>caption</c>, <c>byline</c>, <c>share</c> (share/subscribe prompts); and, by kind of page furniture (the cleaner's line rules):
/// <c>contact</c>, <c>end_marker</c>, <c>wire_tag</c>, <c>credit_line</c>, <c>timestamp</c>, <c>section_label</c>, <c>tags</c>, <c>credit</c>,
/// <c>embed</c>, <c>gallery</c>, <c>video</c>, <c>label</c>, <c>comments</c>, <c>related</c>, <c>markup</c>, <c>cookie</c>, <c>newsletter</c>, <c>copyright</c>,
/// <c>translation_note</c>; and <c>repeated_line</c> (a line repeated across different stories of one outlet or of the pile, see PileRepetition).</param>
/// <param name="Text">The removed characters, verbatim.</param>
/// <param name="Start">Offset of the first removed character in the original text. A photo caption the HTML reader set aside (kind
/// <c>caption</c>, never part of the original text) has an empty span at the original text's end: <c>Start == End ==</c> its length.</param>
/// <param name="End">Offset one past the last removed character in the original text (see <paramref name="Start"/> for set-aside captions).</param>
/// <param name="Rule">The general rule that removed it, so a user can judge the decision.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record RemovedBlock(string Kind, string Text, int Start, int End, string Rule)
{
    /// <summary>A date the removed block stated, ISO <c>yyyy-MM-dd</c> (e.g. a byline's "Posted Wed 18 Oct 2023"), so removing furniture never loses the date it carried.</summary>
    public string? Date { get; init; }
}
