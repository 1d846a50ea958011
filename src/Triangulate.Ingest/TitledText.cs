namespace Triangulate.Ingest;

/// <summary>Sets a record's stated title (a JSON-lines <c>title</c>, a feed item's title) above its text.</summary>
internal static class TitledText
{
    /// <summary>The title on a line of its own above the text, as the record gave both: also when the text's first line is the
    /// title itself (the page printed its headline at the top of the body), so the document holds the headline twice as the
    /// record does, and the cleaner removes the second copy as a repeated block. Only a text that opens with the title's words
    /// run on into a sentence ("Title, officials said …") is kept as it is: there the title is the lead's opening.</summary>
    internal static string Compose(string? title, string text)
    {
        if (title is not { Length: > 0 })
        {
            return text;
        }
        if (!text.StartsWith(title, StringComparison.Ordinal))
        {
            return title + "\n\n" + text;
        }
        var rest = title.Length;
        while (rest < text.Length && text[rest] is ' ' or '\t' or '\r')
        {
            rest++;
        }
        return rest == text.Length || text[rest] == '\n' ? title + "\n\n" + text : text;
    }
}
