using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static SourceDocument ReadOne(byte[] bytes, string name = "a.txt")
    {
        using var dir = new TempDir();
        var path = dir.Write(name, bytes);
        var item = Assert.Single(new Ingestor().Read([path]));
        Assert.Null(item.Problem);
        return item.Document!;
    }

    [Fact]
    public void Decode_Windows1256Arabic_DetectedAndDecoded()
    {
        // Given Arabic news text written in Windows-1256
        const string arabic = "قتل ما لا يقل عن 745 مدنيا في المناطق الساحلية السورية، بحسب المرصد السوري لحقوق الإنسان. وقالت مصادر محلية إن العائلات فرت من منازلها.";
        var bytes = Encoding.GetEncoding(1256).GetBytes(arabic + "\n" + arabic);

        // When it is read
        var doc = ReadOne(bytes);

        // Then
        Assert.Contains("المرصد السوري", doc.Text, StringComparison.Ordinal);
        Assert.Contains("1256", doc.Encoding!.Replace("windows-", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252_AccentsAndQuotesSurvive()
    {
        const string text = "Le ministre français a déclaré: « Au moins 42 personnes ont été tuées » — a “terrible” day for the café owners in Besançon.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text + "\n" + text + "\n" + text);
        var doc = ReadOne(bytes);
        Assert.Contains("français", doc.Text, StringComparison.Ordinal);
        Assert.Contains("“terrible”", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBom_BomDropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Titre\nÉté meurtrier: 12 morts.")).ToArray();
        var doc = ReadOne(bytes);
        Assert.StartsWith("Titre", doc.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8 (BOM)", doc.Encoding);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_Utf16WithAndWithoutBom_Decoded(bool bom)
    {
        var text = "Flood kills 42 people in the valley, officials said on Tuesday.";
        var bytes = (bom ? new byte[] { 0xFF, 0xFE } : []).Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var doc = ReadOne(bytes);
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Decode_HtmlDeclaredCharset_Honoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Le café de Besançon a été détruit; au moins 12 morts, selon la préfecture du département.</p></article></body></html>";
        var doc = ReadOne(Encoding.GetEncoding(1252).GetBytes(html), "page.html");
        Assert.Contains("café de Besançon", doc.Text, StringComparison.Ordinal);
    }
}
