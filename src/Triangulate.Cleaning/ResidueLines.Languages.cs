using System.Text.RegularExpressions;

namespace Triangulate.Cleaning;

/// <summary>Page furniture in the wording of pages not written in English: related-article links, comment controls and tag lists.</summary>
/// <remarks>The English rules read these kinds by their English words; a page in German, French, Spanish, Portuguese, Italian,
/// Polish, Russian, Turkish, Arabic or Chinese carries the same furniture in its own words. Each pattern is anchored at the
/// line's start and lists a page's standing phrases, never an outlet's.</remarks>
internal static partial class ResidueLines
{
    // "Read also: …" / "Related: …" in other languages, opening a line and followed by a separator or the link's text.
    [GeneratedRegex(@"^(?:»\s*)?(?:lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie (?:auch )?interessieren|weitere artikel|auch interessant|(?:à |a )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|articles? similaires|lee (?:también|más)|lea (?:también|más)|leer más|te puede interesar|noticias relacionadas|ver también|leia (?:também|mais)|veja também|saiba mais|leggi anche|potrebbe interessarti|czytaj (?:także|też|więcej|również)|zobacz (?:także|też|również)|przeczytaj (?:także|też|również)|читайте также|ayrıca okuyun|ilgili haberler|اقرأ (?:أيضا|أيضاً|المزيد)|إقرأ (?:أيضا|أيضاً)|(?:مواضيع|أخبار|مقالات) ذات صلة|相关(?:阅读|新闻|报道|文章)|延伸阅读|推荐阅读|更多(?:新闻|阅读))\s*(?:[:：»›|–—-][^\n]*)?$|^(?:lesen sie (?:auch|mehr)|(?:à |a )?lire aussi|lee también|leia também|czytaj (?:także|też)|اقرأ أيضا)\s+[^\n]{3,}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignRelated();

    // Comment controls: "Kommentare (12)", "Laisser un commentaire", "Deja un comentario", "Dodaj komentarz", "التعليقات", "评论 (3)".
    [GeneratedRegex(@"^(?:kommentare?|kommentar (?:schreiben|verfassen)|commentaires?|laisser un commentaire|(?:réagir|réagissez)(?: à cet article)?|comentarios?|deja (?:un|tu) comentario|dejar un comentario|comentários?|deixe (?:um|seu) comentário|commenti|lascia un commento|komentarze?|dodaj komentarz|комментарии|yorumlar|yorum yap|التعليقات|أضف تعليق(?:ا|اً)?|评论|发表评论|网友评论)\s*(?:\(\d+\)|\d+)?\s*:?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignComments();

    // Tag and topic lists: "Schlagwörter: …", "Mots-clés : …", "Etiquetas: …", "Tagi: …", "Теги: …", "الكلمات المفتاحية: …", "标签：…".
    [GeneratedRegex(@"^(?:schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mots[- ]clés|sujets|thèmes|etiquetas|temas|palabras clave|tagi|tematy|słowa kluczowe|теги|метки|etiketler|الكلمات المفتاحية|الوسوم|标签|关键词)\s*[:：][^\n]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ForeignTags();

    // The patterns' leading words (each pattern opens with one of them, after an optional "»").
    private static readonly System.Buffers.SearchValues<string> s_foreignOpeners = AnyCase(
        "lesen sie", "mehr zum", "das könnte", "weitere artikel", "auch interessant", "lire ", "voir aussi", "sur le même", "similaires",
        "lee ", "lea ", "leer más", "te puede", "noticias relacionadas", "ver también", "leia ", "veja também", "saiba mais", "leggi anche",
        "potrebbe", "czytaj", "zobacz", "przeczytaj", "читайте", "ayrıca", "ilgili", "اقرأ", "إقرأ", "ذات صلة", "相关", "延伸阅读", "推荐阅读", "更多",
        "komment", "comment", "réag", "coment", "deja ", "dejar ", "deixe ", "lascia", "komentarz", "dodaj", "коммент", "yorum", "تعليق", "التعليقات", "评论",
        "schlagw", "stichw", "themen", "mots", "sujets", "thèmes", "etiquetas", "temas", "palabras clave", "tagi", "tematy", "słowa", "теги", "метки",
        "etiketler", "الكلمات", "الوسوم", "标签", "关键词");

    // Every foreign pattern opens with one of its leading words within the line's first characters.
    private static bool MayBeForeignFurniture(string t) => t.AsSpan(0, Math.Min(t.Length, 24)).ContainsAny(s_foreignOpeners);

    /// <summary>The kind of a line of foreign-language page furniture, or null.</summary>
    private static (string Kind, string Rule)? ForeignFurniture(string t, int words)
    {
        if (words > 40 || HasQuotation(t))
        {
            return null;
        }
        if (words <= 30 && ForeignRelated().IsMatch(t))
        {
            return ("related", "related-article link line (in the page's language)");
        }
        if (words <= 6 && ForeignComments().IsMatch(t))
        {
            return ("comments", "reader-comment control (in the page's language)");
        }
        if (ForeignTags().IsMatch(t) && !(EndsLikeSentence(t) && words > 6))
        {
            return ("tags", "tag or topic list (in the page's language)");
        }
        return null;
    }
}
