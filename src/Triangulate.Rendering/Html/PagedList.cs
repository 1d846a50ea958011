using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Rendering.Html;

/// <summary>A long list of the report (claims, articles, entities, quotes) cut into pages: the first page stays in the page as
/// markup, every later page is stored as its markup, deflated and base64-encoded, in a <c>&lt;script type="text/plain"&gt;</c> data
/// block that the page's script inflates (the browser's <c>DecompressionStream</c>) when the reader turns to it or follows a link
/// into it. A list that fits on one page is written exactly as before, so small reports look and read the same.</summary>
/// <remarks>Items are written to the report's builder as usual between <see cref="BeginItem"/> and <see cref="EndItem"/>; an item past
/// the first page is moved out of it into its page. The markup is the renderer's own (every article string escaped), so inflating
/// a page yields nothing the static report would not have contained.</remarks>
internal sealed class PagedList
{
    private readonly StringBuilder _sb;
    private readonly List<StringBuilder?> _pages = [];
    private int _start;

    /// <summary>Starts a list named <paramref name="name"/> (a slug) whose items are appended to <paramref name="sb"/>.</summary>
    public PagedList(StringBuilder sb, string name, int pageSize)
    {
        _sb = sb;
        Name = name;
        PageSize = Math.Max(1, pageSize);
    }

    /// <summary>The list's name, used in <c>data-list</c> attributes.</summary>
    public string Name { get; }

    /// <summary>Items a page holds.</summary>
    public int PageSize { get; }

    /// <summary>Items written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Pages in all (at least one).</summary>
    public int Pages => 1 + _pages.Count;

    /// <summary>Opens a paged list: its pager, then the element that holds the items (with its paging attributes); returns
    /// the list that collects the items.</summary>
    /// <param name="sb">The page being written.</param>
    /// <param name="name">The list's name in the page.</param>
    /// <param name="count">How many items the list holds.</param>
    /// <param name="pageSize">Items on one page.</param>
    /// <param name="noun">What the pager calls the items.</param>
    /// <param name="element">The holding element ("ul", "ol", "div").</param>
    /// <param name="cssClass">The holding element's class.</param>
    public static PagedList Open(StringBuilder sb, string name, int count, int pageSize, string noun, string element, string cssClass)
    {
        Pager(sb, name, count, pageSize, noun);
        sb.Append('<').Append(element).Append(" class=\"").Append(cssClass).Append('"').Append(Attributes(name, count, pageSize)).Append(">\n");
        return new PagedList(sb, name, pageSize);
    }

    /// <summary>The attributes for the element that holds the items: name, pages, page size and item count.</summary>
    public static string Attributes(string name, int count, int pageSize) =>
        string.Create(CultureInfo.InvariantCulture, $" data-list=\"{name}\" data-pages=\"{Math.Max(1, (count + pageSize - 1) / pageSize)}\" data-page-size=\"{pageSize}\" data-total=\"{count}\"");

    /// <summary>Marks the start of an item.</summary>
    public void BeginItem() => _start = _sb.Length;

    /// <summary>Marks the end of an item; past the first page, moves it into its page.</summary>
    public void EndItem()
    {
        var index = Count++;
        if (index < PageSize)
        {
            return;
        }
        var page = index / PageSize - 1;
        if (page == _pages.Count)
        {
            _pages.Add(new StringBuilder());
        }
        _pages[page]!.Append(_sb, _start, _sb.Length - _start);
        _sb.Length = _start;
    }

    /// <summary>Writes the page controls for the list (nothing when it has one page).</summary>
    public static void Pager(StringBuilder sb, string name, int count, int pageSize, string noun)
    {
        var pages = (count + pageSize - 1) / pageSize;
        if (pages <= 1)
        {
            return;
        }
        sb.Append("<nav class=\"pager\" data-for=\"").Append(name).Append("\" aria-label=\"Pages of ").Append(noun).Append("\">")
            .Append("<button type=\"button\" data-step=\"-1\" disabled>‹ Previous</button><output aria-live=\"polite\">")
            .Append("Page 1 of ").Append(pages.ToString("#,0", CultureInfo.InvariantCulture)).Append(" · ").Append(count.ToString("#,0", CultureInfo.InvariantCulture)).Append(' ').Append(noun)
            .Append("</output><button type=\"button\" data-step=\"1\">Next ›</button></nav>\n");
    }

    /// <summary>Writes the data blocks of pages 2 and on.</summary>
    public void WriteData(StringBuilder sb)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            sb.Append("<script type=\"text/plain\" data-list=\"").Append(Name).Append("\" data-page=\"").Append(i + 1).Append("\">");
            AppendPacked(sb, _pages[i]!);
            sb.Append("</script>\n");
            _pages[i] = null; // written once: its markup can go before the next page is packed
        }
    }

    /// <summary>Raw deflate (the browser's <c>deflate-raw</c>) of the UTF-8 text, in base64, which never contains <c>&lt;</c>.</summary>
    public static string Pack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        AppendPacked(sb, text.AsMemory());
        return sb.ToString();
    }

    /// <summary>Appends <see cref="Pack"/> of <paramref name="text"/> to <paramref name="sb"/> without building the text, its UTF-8
    /// bytes or the base64 as strings of their own: a page of a long list runs to hundreds of kilobytes, and each such string would go
    /// to the large-object heap, which a long report fragments (see docs/performance.md).</summary>
    public static void AppendPacked(StringBuilder sb, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(text);
        using var packer = new Packer();
        foreach (var chunk in text.GetChunks())
        {
            packer.Add(chunk.Span);
        }
        packer.AppendTo(sb);
    }

    /// <summary>Appends <see cref="Pack"/> of <paramref name="text"/> to <paramref name="sb"/>.</summary>
    public static void AppendPacked(StringBuilder sb, ReadOnlyMemory<char> text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        using var packer = new Packer();
        packer.Add(text.Span);
        packer.AppendTo(sb);
    }

    /// <summary>Deflates text given in pieces (one UTF-8 encoder across them, so a surrogate pair split between pieces stays a pair)
    /// and appends the result in base64, encoded a slice at a time.</summary>
    private sealed class Packer : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly DeflateStream _deflate;
        private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
        private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(1 << 14);

        public Packer() => _deflate = new DeflateStream(_buffer, CompressionLevel.SmallestSize, leaveOpen: true);

        public void Add(ReadOnlySpan<char> chars) => Encode(chars, flush: false);

        /// <summary>Ends the deflate stream and appends its base64.</summary>
        public void AppendTo(StringBuilder sb)
        {
            Encode([], flush: true);
            _deflate.Dispose();
            var data = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
            // 3 bytes make 4 base64 characters, so slices of a multiple of 3 bytes concatenate to the base64 of the whole.
            const int Slice = 3 * 1024;
            Span<char> chars = stackalloc char[Slice / 3 * 4];
            while (!data.IsEmpty)
            {
                var take = Math.Min(Slice, data.Length);
                Convert.TryToBase64Chars(data[..take], chars, out var written);
                sb.Append(chars[..written]);
                data = data[take..];
            }
        }

        private void Encode(ReadOnlySpan<char> chars, bool flush)
        {
            bool completed;
            do
            {
                _encoder.Convert(chars, _bytes, flush, out var used, out var written, out completed);
                _deflate.Write(_bytes, 0, written);
                chars = chars[used..];
            }
            while (!chars.IsEmpty || (flush && !completed));
        }

        public void Dispose()
        {
            _deflate.Dispose();
            _buffer.Dispose();
            ArrayPool<byte>.Shared.Return(_bytes);
        }
    }

    /// <summary>Reverses <see cref="Pack"/>.</summary>
    public static string Unpack(string base64)
    {
        using var deflate = new DeflateStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
