using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest;

/// <summary>Main text of pages in any language (issue 20, item 4): the content score and the label lines do not assume English,
/// and a page in a legacy code page is decoded whether or not it declares its charset.</summary>
public sealed class HtmlAnyLanguageTests
{
    static HtmlAnyLanguageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A page: a navigation bar, the article (three paragraphs and a "read also" line in the page's language), a side list of links.</summary>
    private static string Page(string lang, string[] paragraphs, string readAlso, string charset = "utf-8") => $$"""
        <!doctype html><html lang="{{lang}}"><head><meta charset="{{charset}}"><title>t</title></head><body>
        <div class="top"><a href="/">{{paragraphs[0][..6]}}</a> <a href="/a">{{paragraphs[1][..6]}}</a></div>
        <div class="page"><div class="story">
        {{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}}
        <p>{{readAlso}} <a href="/other">{{paragraphs[2][..12]}}</a></p>
        </div>
        <div class="side"><ul><li><a href="/x">{{paragraphs[0][..10]}}</a></li><li><a href="/y">{{paragraphs[1][..10]}}</a></li></ul></div>
        </div></body></html>
        """;

    private static readonly Dictionary<string, (string[] Paragraphs, string ReadAlso)> s_pages = new()
    {
        ["de"] = (
            [
                "Nach tagelangem Regen ist der Fluss über die Ufer getreten, und in der Altstadt stehen die Keller unter Wasser.",
                "Die Feuerwehr pumpte die ganze Nacht, während Helfer Sandsäcke vor die Türen der Bäckerei und der Schule legten.",
                "Der Bürgermeister sagte, man rechne erst am Wochenende mit sinkenden Pegeln, und bat die Anwohner um Geduld.",
            ],
            "Lesen Sie auch:"),
        ["fr"] = (
            [
                "Après des jours de pluie, la rivière a débordé, et les caves de la vieille ville sont inondées jusqu'au plafond.",
                "Les pompiers ont pompé toute la nuit, tandis que des bénévoles empilaient des sacs de sable devant l'école.",
                "Le maire a déclaré que la décrue n'était pas attendue avant le week-end, et a demandé aux habitants de patienter.",
            ],
            "Lire aussi :"),
        ["es"] = (
            [
                "Tras varios días de lluvia, el río se desbordó, y los sótanos del casco antiguo quedaron completamente anegados.",
                "Los bomberos achicaron agua toda la noche, mientras los vecinos apilaban sacos de arena frente a la escuela.",
                "El alcalde dijo que no espera que baje el nivel del agua antes del fin de semana, y pidió paciencia a la gente.",
            ],
            "Lee también:"),
        ["pl"] = (
            [
                "Po kilku dniach ulewnych deszczy rzeka wystąpiła z brzegów, a piwnice na starym mieście zostały zalane wodą.",
                "Strażacy pompowali wodę przez całą noc, a mieszkańcy układali worki z piaskiem przed szkołą i piekarnią.",
                "Burmistrz powiedział, że poziom wody zacznie opadać dopiero w weekend, i poprosił ludzi o cierpliwość.",
            ],
            "Czytaj także:"),
        ["ar"] = (
            [
                "بعد أيام من الأمطار الغزيرة، فاض النهر على ضفتيه، وغمرت المياه أقبية البيوت في المدينة القديمة بالكامل.",
                "عمل رجال الإطفاء طوال الليل على ضخ المياه، بينما كدس المتطوعون أكياس الرمل أمام المدرسة والمخبز.",
                "وقال رئيس البلدية إن منسوب المياه لن ينخفض قبل نهاية الأسبوع، وطلب من السكان التحلي بالصبر.",
            ],
            "اقرأ أيضا:"),
        ["zh"] = (
            [
                "连日暴雨导致河水暴涨，老城区的地下室全部被淹。",
                "消防员整夜抽水，志愿者在学校和面包店门前堆放沙袋。",
                "市长说，水位要到周末才会回落，请居民耐心等待。",
            ],
            "相关阅读："),
    };

    public static TheoryData<string> Languages() => new(s_pages.Keys);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Extract_PageInLanguage_KeepsArticleDropsReadAlsoAndLinks(string lang)
    {
        var (paragraphs, readAlso) = s_pages[lang];

        var text = HtmlArticleExtractor.Extract(Page(lang, paragraphs, readAlso)).Text;

        Assert.All(paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain(readAlso.TrimEnd(':', '：', ' '), text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), l => l.Trim() == paragraphs[0][..10] || l.Trim() == paragraphs[1][..6]);
    }

    [Fact]
    public void Extract_ChineseShortParagraphs_OutweighALongerFooterNotice()
    {
        // Chinese paragraphs of under 25 characters carry as much as a long Latin paragraph; a notice of 40 characters must not win.
        string[] paragraphs =
        [
            "暴雨导致河水暴涨，下游村庄被淹。",
            "救援队连夜赶到，用橡皮艇转移村民。",
            "县政府在三所学校开设了临时安置点。",
            "气象部门预计降雨将持续到周末。",
            "村民说，这是多年来最严重的洪水。",
        ];
        var html = $"""
            <!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>
            <div><div>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div></div>
            <div><div>本站所有内容均受版权保护，未经书面授权任何单位和个人不得转载摘编或以其他方式使用。</div></div>
            </body></html>
            """;

        var text = HtmlArticleExtractor.Extract(html).Text;

        Assert.All(paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain("版权保护", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("暴雨导致河水暴涨", 8 * 3)]
    [InlineData("홍수 피해", 4 * 2 + 1)]
    [InlineData("Flood damage", 12)]
    [InlineData("فيضان", 5)]
    public void TextWeight_DenseScriptsCountMore(string text, int weight)
    {
        Assert.Equal(weight, HtmlArticleExtractor.TextWeight(text));
    }

    [Theory]
    [InlineData("a, b, c", 2)]
    [InlineData("甲，乙、丙", 2)]
    [InlineData("أ، ب، ج", 2)]
    [InlineData("no marks here", 0)]
    public void ClauseMarks_CommasOfEveryScript(string text, int marks)
    {
        Assert.Equal(marks, HtmlArticleExtractor.ClauseMarks(text));
    }

    public static TheoryData<string, int, bool> Encoded() => new()
    {
        // language, code page, whether the page declares it
        { "pl", 28592, true },
        { "pl", 1250, false },
        { "de", 28591, false },
        { "fr", 1252, true },
        { "ar", 1256, false },
        { "zh", 936, true },
        { "zh", 54936, false },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Read_PageInLegacyCodePage_DecodedAndExtracted(string lang, int codePage, bool declared)
    {
        var (paragraphs, readAlso) = s_pages[lang];
        var encoding = Encoding.GetEncoding(codePage);
        var html = Page(lang, paragraphs, readAlso, declared ? encoding.WebName : "x");
        if (!declared)
        {
            html = html.Replace("<meta charset=\"x\">", string.Empty, StringComparison.Ordinal);
        }

        var item = new HtmlReader().FromBytes("page.html", encoding.GetBytes(html), null);

        Assert.Null(item.Problem);
        Assert.All(paragraphs, p => Assert.Contains(p, item.Document!.Text, StringComparison.Ordinal));
    }
}
