using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest;

/// <summary>Whole pages in German, French, Spanish, Polish, Arabic and Chinese (issue 20, item 4), each with a menu, a publication
/// stamp, a share bar, a "follow us" line, a box of related stories under its heading, a comment box and a footer, with class
/// names in the page's own language (or none): the story's paragraphs are kept and every piece of furniture is dropped, whether
/// the page is UTF-8, a legacy code page it declares in a meta tag, or one it declares nowhere. Every text is our own.</summary>
public sealed class HtmlFurnitureAnyLanguageTests
{
    static HtmlFurnitureAnyLanguageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>One language's page: class names, the story and its furniture.</summary>
    private sealed record Lang(
        string Code, string[] Classes, string Title, string Stamp, string[] Paragraphs, string[] Menu, string RelatedHeading, string[] Related,
        string Share, string Follow, string[] Comments, string[] Footer);

    // Classes: menu, related box, footer, comment box, share bar. The Arabic page uses neutral names (its lines speak for themselves).
    private static readonly Lang[] s_langs =
    [
        new("de", ["hauptmenue", "verwandte-artikel", "fusszeile", "kommentare", "teilen"], "Hochwasser: Altstadt unter Wasser",
            "Veröffentlicht am 3. Mai 2031, 10:15 Uhr",
            [
                "Nach tagelangem Regen ist der Fluss über die Ufer getreten, und in der Altstadt stehen die Keller unter Wasser.",
                "Die Feuerwehr pumpte die ganze Nacht, während Helfer Sandsäcke vor die Türen der Bäckerei und der Schule legten.",
                "Der Bürgermeister sagte, man rechne erst am Wochenende mit sinkenden Pegeln, und bat die Anwohner um Geduld.",
                "Die Bahnstrecke ins Tal bleibt bis auf Weiteres gesperrt; Pendler sollen auf Busse ausweichen.",
            ],
            ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"], "Mehr zum Thema",
            ["Pegel steigt weiter an der Mündung", "Wie Sie Ihren Keller schützen", "Wetterdienst warnt vor neuen Gewittern"],
            "Artikel teilen: Facebook Twitter E-Mail", "Folgen Sie uns auf Facebook",
            ["Kommentare (3)", "Gerd M. schrieb: Jedes Jahr dasselbe, die Stadt tut nichts."],
            ["Impressum | Datenschutz | Kontakt", "© 2031 Talbote Verlag. Alle Rechte vorbehalten."]),
        new("fr", ["menu-principal", "articles-lies recommandations", "pied-de-page", "commentaires", "partage"], "Crue : la vieille ville sous les eaux",
            "Publié le 3 mai 2031 à 10h15",
            [
                "Après des jours de pluie, la rivière a débordé, et les caves de la vieille ville sont inondées jusqu'au plafond.",
                "Les pompiers ont pompé toute la nuit, tandis que des bénévoles empilaient des sacs de sable devant l'école.",
                "Le maire a déclaré que la décrue n'était pas attendue avant le week-end, et a demandé aux habitants de patienter.",
                "La ligne de train vers la vallée reste fermée jusqu'à nouvel ordre ; des cars la remplacent.",
            ],
            ["Accueil", "Politique", "Économie", "Sports", "Culture"], "Sur le même sujet",
            ["Le niveau monte encore à l’embouchure", "Comment protéger sa cave", "Météo : de nouveaux orages attendus"],
            "Partager : Facebook Twitter E-mail", "Suivez-nous sur Facebook",
            ["Commentaires (3)", "Gérard M. a écrit : Chaque année la même chose, la mairie ne fait rien."],
            ["Mentions légales | Confidentialité | Contact", "© 2031 Le Courrier du Val. Tous droits réservés."]),
        new("es", ["menu-principal", "noticias-relacionadas", "pie-de-pagina", "comentarios", "compartir"], "Crecida: el casco antiguo bajo el agua",
            "Publicado el 3 de mayo de 2031, 10:15",
            [
                "Tras varios días de lluvia, el río se desbordó, y los sótanos del casco antiguo quedaron completamente anegados.",
                "Los bomberos achicaron agua toda la noche, mientras los vecinos apilaban sacos de arena frente a la escuela.",
                "El alcalde dijo que no espera que baje el nivel del agua antes del fin de semana, y pidió paciencia a la gente.",
                "La línea de tren hacia el valle sigue cortada hasta nuevo aviso; autobuses cubren el trayecto.",
            ],
            ["Portada", "Política", "Economía", "Deportes", "Cultura"], "Noticias relacionadas",
            ["El nivel sigue subiendo en la desembocadura", "Cómo proteger su sótano", "Alerta por nuevas tormentas"],
            "Compartir: Facebook Twitter Correo", "Síguenos en Facebook",
            ["Comentarios (3)", "Gerardo M. escribió: Cada año lo mismo, el ayuntamiento no hace nada."],
            ["Aviso legal | Privacidad | Contacto", "© 2031 Diario del Valle. Todos los derechos reservados."]),
        new("pl", ["menu-glowne", "powiazane-artykuly", "stopka", "komentarze", "udostepnij"], "Powódź: stare miasto pod wodą",
            "Opublikowano: 3 maja 2031, 10:15",
            [
                "Po kilku dniach ulewnych deszczy rzeka wystąpiła z brzegów, a piwnice na starym mieście zostały zalane wodą.",
                "Strażacy pompowali wodę przez całą noc, a mieszkańcy układali worki z piaskiem przed szkołą i piekarnią.",
                "Burmistrz powiedział, że poziom wody zacznie opadać dopiero w weekend, i poprosił ludzi o cierpliwość.",
                "Linia kolejowa do doliny pozostaje zamknięta do odwołania; kursują autobusy zastępcze.",
            ],
            ["Strona główna", "Polityka", "Gospodarka", "Sport", "Kultura"], "Zobacz także",
            ["Poziom wody rośnie przy ujściu", "Jak zabezpieczyć piwnicę", "Synoptycy ostrzegają przed burzami"],
            "Udostępnij: Facebook Twitter E-mail", "Obserwuj nas na Facebooku",
            ["Komentarze (3)", "Gerard M. napisał: Co roku to samo, miasto nic nie robi."],
            ["Regulamin | Polityka prywatności | Kontakt", "© 2031 Gazeta Doliny. Wszelkie prawa zastrzeżone."]),
        new("ar", ["box-a", "box-b", "box-c", "box-d", "box-e"], "فيضان يغمر المدينة القديمة",
            "نشر في 3 مايو 2031 - 10:15",
            [
                "بعد أيام من الأمطار الغزيرة، فاض النهر على ضفتيه، وغمرت المياه أقبية البيوت في المدينة القديمة بالكامل.",
                "عمل رجال الإطفاء طوال الليل على ضخ المياه، بينما كدس المتطوعون أكياس الرمل أمام المدرسة والمخبز.",
                "وقال رئيس البلدية إن منسوب المياه لن ينخفض قبل نهاية الأسبوع، وطلب من السكان التحلي بالصبر.",
                "ولا يزال خط القطار المؤدي إلى الوادي مغلقا حتى إشعار آخر، وتقوم حافلات بنقل الركاب.",
            ],
            ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة"], "أخبار ذات صلة",
            ["ارتفاع منسوب المياه عند المصب", "كيف تحمي قبو منزلك", "تحذير من عواصف جديدة"],
            "شارك: فيسبوك تويتر البريد", "تابعونا على فيسبوك",
            ["التعليقات (3)", "كتب جميل: كل عام نفس الشيء والبلدية لا تفعل شيئا."],
            ["من نحن | سياسة الخصوصية | اتصل بنا", "© 2031 صحيفة الوادي. جميع الحقوق محفوظة."]),
        new("zh", ["daohang", "xgxw", "dibu", "pinglun", "fenxiang"], "暴雨致老城区被淹",
            "发布时间：2031-05-03 10:15 来源：河谷日报",
            [
                "连日暴雨导致河水暴涨，老城区的地下室全部被淹。",
                "消防员整夜抽水，志愿者在学校和面包店门前堆放沙袋。",
                "市长说，水位要到周末才会回落，请居民耐心等待。",
                "通往山谷的铁路线暂停运营，改由公交车接驳。",
            ],
            ["首页", "时政", "财经", "体育", "文化"], "相关新闻",
            ["河口水位继续上涨", "如何保护你家的地下室", "气象台发布雷雨预警"],
            "分享到：微博 微信 QQ空间", "关注我们的微信公众号",
            ["网友评论（3）", "河谷网友：年年都这样，政府什么也不做。"],
            ["关于我们 | 隐私政策 | 联系我们", "© 2031 河谷日报 版权所有"]),
    ];

    private static Lang Get(string code) => s_langs.Single(l => l.Code == code);

    /// <summary>The page; <paramref name="charset"/> null leaves the meta tag out (the charset is only in the bytes).</summary>
    private static string Page(Lang l, string? charset = "utf-8")
    {
        var c = l.Classes;
        var menu = string.Concat(l.Menu.Select((m, i) => $"<a href=\"/s{i}\">{m}</a> "));
        var related = string.Concat(l.Related.Select((r, i) => $"<li><a href=\"/r{i}\">{r}</a></li>"));
        var paragraphs = string.Concat(l.Paragraphs.Select(p => $"<p>{p}</p>\n"));
        var meta = charset is null ? string.Empty : $"<meta charset=\"{charset}\">";
        return $"""
            <!doctype html><html lang="{l.Code}"><head>{meta}<title>{l.Title}</title></head><body>
            <div class="{c[0]}">{menu}</div>
            <div class="wrap"><div class="story">
            <h1>{l.Title}</h1>
            <div class="when">{l.Stamp}</div>
            {paragraphs}<div class="{c[4]}">{l.Share}</div>
            <div class="tail">{l.Follow}</div>
            </div>
            <div class="{c[1]}"><h3>{l.RelatedHeading}</h3><ul>{related}</ul></div>
            <div class="{c[3]}">{string.Concat(l.Comments.Select(x => $"<div>{x}</div>"))}</div>
            </div>
            <div class="{c[2]}">{string.Concat(l.Footer.Select(x => $"<div>{x}</div>"))}</div>
            </body></html>
            """;
    }

    public static TheoryData<string> Languages() => new(s_langs.Select(l => l.Code));

    private static void AssertStoryOnly(Lang l, string text)
    {
        Assert.All(l.Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        var furniture = l.Menu.Concat(l.Related).Concat(l.Comments).Concat(l.Footer).Append(l.RelatedHeading).Append(l.Share).Append(l.Follow).Append(l.Stamp);
        var lines = text.Split('\n').Select(x => x.Trim()).ToHashSet(StringComparer.Ordinal);
        Assert.All(furniture, f => Assert.DoesNotContain(f, lines));
        Assert.DoesNotContain(l.Share, text, StringComparison.Ordinal);
        Assert.DoesNotContain(l.Follow, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Extract_PageWithFurniture_KeepsTheStoryOnly(string code)
    {
        var l = Get(code);

        var article = HtmlArticleExtractor.Extract(Page(l));

        AssertStoryOnly(l, article.Text);
        // The publication stamp is set aside as a stamp, not lost
        Assert.Contains(article.Stamps ?? [], s => s.Contains("2031", StringComparison.Ordinal));
    }

    public static TheoryData<string, int, bool> Encoded() => new()
    {
        // language, code page, whether a meta tag declares it
        { "de", 1252, true },
        { "fr", 1252, false },
        { "es", 28591, false },
        { "pl", 1250, true },
        { "pl", 1250, false },
        { "ar", 1256, true },
        { "ar", 1256, false },
        { "zh", 54936, true },
        { "zh", 54936, false },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Read_PageWithFurnitureInLegacyCodePage_StoryOnly(string code, int codePage, bool declared)
    {
        var l = Get(code);
        var encoding = Encoding.GetEncoding(codePage);
        var html = Page(l, declared ? encoding.WebName : null);

        var item = new HtmlReader().FromBytes("page.html", encoding.GetBytes(html), null);

        Assert.Null(item.Problem);
        // The reader writes the title above the main text; the story's paragraphs follow, the furniture is gone
        var text = item.Document!.Text;
        Assert.All(l.Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain(l.Share, text, StringComparison.Ordinal);
        Assert.DoesNotContain(l.Footer[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain(l.Related[0], text, StringComparison.Ordinal);
    }

    [Theory]
    // A sentence that opens with a share or follow word, without a label's colon, is the story's
    [InlineData("<p>Partager le pouvoir entre les deux villes était l'idée du maire, qui l'a défendue pendant des années.</p>")]
    [InlineData("<p>شارك الآلاف من المتطوعين في تنظيف الشوارع بعد انحسار المياه عن المدينة القديمة.</p>")]
    public void Extract_SentenceOpeningWithAShareWord_Kept(string paragraph)
    {
        var html = $"<html><body><div><p>{Get("fr").Paragraphs[0]}</p>{paragraph}<p>{Get("fr").Paragraphs[1]}</p></div></body></html>";

        var text = HtmlArticleExtractor.Extract(html).Text;

        Assert.Contains(paragraph[3..^4], text, StringComparison.Ordinal);
    }
}
