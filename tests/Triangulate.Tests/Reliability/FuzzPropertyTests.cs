using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Reliability;

/// <summary>Property tests: no exception escapes a stage's public API, whatever the bytes or text.</summary>
public sealed class FuzzPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static Arbitrary<string> NewsLikeText()
    {
        // Fragments that exercise the cleaner's rules, mixed with arbitrary strings.
        var fragments = Gen.Elements(
            "SCROLL TO CONTINUE WITH CONTENT", "(Image: X)", "[]", "Original Source: www.example.com", " date 2025-03-11 ",
            "Damascus, MINA – ", "BEIRUT (Reuters) - ", "At least 745 civilians were killed.", "\n", "\r\n", "“", "”", "\u202E", "\u200F",
            "Share this article", "© 2025 All rights reserved", "Mi’raj News Agency (MINA)", "...", ". ", "\0");
        var piece = Gen.OneOf(fragments, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        return Gen.ListOf(piece).Select(parts => string.Concat(parts)).ToArbitrary();
    }

    [Fact]
    public void Clean_AnyText_NeverThrowsAndNeverInventsCharacters()
    {
        Prop.ForAll(NewsLikeText(), text =>
        {
            var clean = new BoilerplateCleaner().Clean(new SourceDocument("f.txt", text, "txt"));
            // Every cleaned character maps back to the same character of the original.
            for (var i = 0; i < clean.Text.Length; i++)
            {
                if (clean.Text[i] != text[clean.Map.ToOriginal(i)])
                {
                    return false;
                }
            }
            return clean.Removed.All(r => text[r.Start..r.End] == r.Text) && clean.Text.Length <= text.Length;
        }).Check(s_config);
    }

    [Fact]
    public void Clean_SameTextTwice_SameId()
    {
        Prop.ForAll(NewsLikeText(), text =>
        {
            var a = new BoilerplateCleaner().Clean(new SourceDocument("a.txt", text, "txt"));
            var b = new BoilerplateCleaner().Clean(new SourceDocument("b.txt", text, "txt"));
            return a.Id == b.Id;
        }).Check(s_config);
    }

    [Fact]
    public void Decode_AnyBytes_ReturnsTextOrReason()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var ok = TextDecoder.TryDecode(bytes ?? [], null, out var text, out var description);
            return !string.IsNullOrEmpty(description) && (ok ? !text.Contains('\0') : text.Length == 0);
        }).Check(s_config);
    }

    [Fact]
    public void HtmlExtract_AnyMarkup_NeverThrows()
    {
        var tags = Gen.Elements("<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "</style>", "<article>", "<a href='javascript:alert(1)'>",
            "<meta property='article:published_time' content='2025-03-11'>", "<!--", "-->", "<![CDATA[", "<table><tr><td>", "&amp;", "&#x0;", "<", ">", "\"", "'");
        var text = Gen.OneOf(tags, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        Prop.ForAll(Gen.ListOf(text).Select(p => string.Concat(p)).ToArbitrary(), html =>
        {
            var article = HtmlArticleExtractor.Extract(html);
            return article.Text is not null;
        }).Check(s_config);
    }

    [Fact]
    public void JsonLines_AnyLines_EveryLineIsADocumentOrAProblem()
    {
        var line = Gen.OneOf(
            Gen.Constant("""{"title":"t","text":"At least 5 people died."}"""),
            Gen.Constant("""{"html":"<p>More than 10 were injured in the blast, police said.</p>"}"""),
            Gen.Constant("{"), Gen.Constant("[1,2"), Gen.Constant("null"), Gen.Constant("\"text\""),
            ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty).Replace("\n", " ", StringComparison.Ordinal)));
        Prop.ForAll(Gen.NonEmptyListOf(line).ToArbitrary(), lines =>
        {
            var content = string.Join('\n', lines);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
            var items = new JsonLinesReader().Read("f.jsonl", stream, IngestOptions.Default).ToList();
            return items.All(i => i.Document is not null || i.Problem is not null);
        }).Check(s_config);
    }
}
