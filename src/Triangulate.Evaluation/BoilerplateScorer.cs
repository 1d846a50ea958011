namespace Triangulate.Evaluation;

/// <summary>Boilerplate: recall (gold strings absent from the cleaned text) and content sentences wrongly removed.</summary>
/// <remarks><c>content_wrongly_removed</c> counts removed blocks that hold a gold claim span or quote; <c>content_lost</c> counts those
/// whose span or quote no longer occurs anywhere in the cleaned text (a repeated headline removed while its first copy stays is not lost).
/// A block the reader set aside before cleaning (an HTML photo caption: an empty span at the end of the original text, never part of
/// it) was not removed by the cleaner; gold content found only there is counted apart, as <c>content_only_in_set_aside_captions</c>.</remarks>
public sealed class BoilerplateScorer : IGoldScorer
{
    /// <inheritdoc/>
    public string Section => "boilerplate";

    /// <inheritdoc/>
    public EvalSection Score(EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var removed = 0;
        foreach (var b in context.Gold.Boilerplate)
        {
            var doc = context.DocumentFor(b.Doc);
            if (doc is null || !doc.Text.Contains(b.Text, StringComparison.Ordinal))
            {
                removed++;
            }
            else
            {
                notes.Add($"still in {b.Doc}: \"{b.Text}\"");
            }
        }
        // A removed block counts as wrongly removed when it holds a gold claim span or quote (content the annotator used).
        var wrong = 0;
        var lost = 0;
        var setAside = 0;
        foreach (var doc in context.Dossier.Documents)
        {
            var goldId = context.GoldIdFor(doc.Id);
            if (goldId is null)
            {
                continue;
            }
            foreach (var block in doc.Removed)
            {
                if (block.Kind == "repeated_block")
                {
                    continue; // the first copy stays in the text
                }
                var content = context.Gold.Claims.Where(c => c.Doc == goldId).Select(c => c.Span)
                    .Concat(context.Gold.Quotes.Where(q => q.Doc == goldId).Select(q => q.Text))
                    .Any(s => s.Length > 0 && block.Text.Contains(s, StringComparison.Ordinal));
                if (content && block.Start == block.End)
                {
                    setAside++;
                    notes.Add($"content only in a caption the reader set aside, {goldId}: \"{Short(block.Text)}\"");
                }
                else if (content)
                {
                    wrong++;
                    notes.Add($"content removed from {goldId}: \"{Short(block.Text)}\"");
                    // Lost, not just repeated: a content span of the block that the cleaned text no longer holds anywhere.
                    var lostHere = context.Gold.Claims.Where(c => c.Doc == goldId).Select(c => c.Span)
                        .Concat(context.Gold.Quotes.Where(q => q.Doc == goldId).Select(q => q.Text))
                        .Any(s => s.Length > 0 && block.Text.Contains(s, StringComparison.Ordinal) && !doc.Text.Contains(s, StringComparison.Ordinal));
                    lost += lostHere ? 1 : 0;
                }
            }
        }
        var metrics = new Dictionary<string, double>
        {
            ["recall"] = context.Gold.Boilerplate.Count == 0 ? 1.0 : (double)removed / context.Gold.Boilerplate.Count,
            ["gold"] = context.Gold.Boilerplate.Count,
            ["removed"] = removed,
            ["content_wrongly_removed"] = wrong,
            ["content_lost"] = lost,
            ["content_only_in_set_aside_captions"] = setAside,
        };
        return new EvalSection(Section, "scored", metrics, notes);
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
