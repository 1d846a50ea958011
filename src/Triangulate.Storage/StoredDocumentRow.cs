using System.Data.Common;
using System.Text.Json;
using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>Reads one stored document back from a row, the same for every store.</summary>
/// <remarks>Column order: id, file, format, title, outlet, url, published, published_source, modified, stated_date, encoding,
/// byte_length, original_text, clean_text, removed_json, segments_json, dateline_json, provenance.</remarks>
internal static class StoredDocumentRow
{
    /// <summary>The cleaned document at the reader's current row.</summary>
    public static CleanDocument Read(DbDataReader reader)
    {
        string? Str(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var source = new SourceDocument(reader.GetString(1), reader.GetString(12), reader.GetString(2))
        {
            Url = Str(5),
            Published = Str(6),
            PublishedSource = Str(7),
            Modified = Str(8),
            Encoding = Str(10),
            ByteLength = reader.GetInt64(11),
        };
        var removed = JsonSerializer.Deserialize(reader.GetString(14), StoreJsonContext.Default.IReadOnlyListRemovedBlock) ?? [];
        var segments = JsonSerializer.Deserialize(reader.GetString(15), StoreJsonContext.Default.IReadOnlyListInt32Array) ?? [];
        var map = new OffsetMap([.. segments.Select(s => (s[1], s[1] + s[2]))]);
        return new CleanDocument(reader.GetString(0), source, reader.GetString(13), removed, map)
        {
            Title = Str(3),
            Outlet = Str(4),
            StatedDate = Str(9),
            Dateline = Str(16) is { } dl ? JsonSerializer.Deserialize(dl, StoreJsonContext.Default.Dateline) : null,
            Provenance = Str(17),
        };
    }
}
