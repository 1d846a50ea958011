using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Model;

/// <summary>Source-generated JSON metadata for the dossier contract (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(Dossier))]
public sealed partial class DossierJsonContext : JsonSerializerContext;

/// <summary>Reads and writes dossier.json.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class DossierJson
{
    private static readonly DossierJsonContext s_context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Article text is untrusted: keep non-ASCII readable but escape HTML-significant characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serializes a dossier to indented JSON.</summary>
    public static string Serialize(Dossier dossier) => JsonSerializer.Serialize(dossier, s_context.Dossier);

    // The writer settings of s_context (indented, the same escaping): the generated serializer (DossierJsonContext.Default) writes
    // through them, so it produces the same bytes as s_context.
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    // The same settings without indentation, for copies no one reads by eye (the stores): about half the bytes.
    private static readonly JsonWriterOptions s_compactWriterOptions = s_writerOptions with { Indented = false };

    /// <summary>Writes a dossier as UTF-8 JSON to a stream.</summary>
    /// <remarks>Through the source-generated fast path, which System.Text.Json uses only when the options carry no encoder of their
    /// own: the encoder is set on the writer instead, so the bytes are those of <see cref="Serialize(Dossier)"/>. The writer streams
    /// through a small buffer, so a large dossier is never held whole in memory.</remarks>
    public static void Serialize(Stream stream, Dossier dossier) => Write(stream, dossier, s_writerOptions);

    /// <summary>Writes a dossier as UTF-8 JSON without indentation: the same values and escaping as
    /// <see cref="Serialize(Stream, Dossier)"/>, parsed back by <see cref="Deserialize"/> to an equal dossier.</summary>
    /// <remarks>For stored copies (the SQLite and PostgreSQL stores), where indentation is roughly half of the bytes of a
    /// dossier whose reuse passages dominate it; <c>dossier.json</c> stays indented for people.</remarks>
    public static void SerializeCompact(Stream stream, Dossier dossier) => Write(stream, dossier, s_compactWriterOptions);

    /// <summary>The dossier as JSON text without indentation (see <see cref="SerializeCompact(Stream, Dossier)"/>).</summary>
    public static string SerializeCompact(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var memory = new MemoryStream();
        SerializeCompact(memory, dossier);
        return System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, checked((int)memory.Length));
    }

    private static void Write(Stream stream, Dossier dossier, JsonWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dossier);
        var buffer = new StreamBufferWriter(stream);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                JsonSerializer.Serialize(writer, dossier, DossierJsonContext.Default.Dossier);
            }
            buffer.Flush();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Returns <paramref name="dossier"/> without the items that cannot be written as JSON (a NaN or infinite number, say),
    /// and one problem per item left out; every other item is kept.</summary>
    /// <remarks>Used after <see cref="Serialize(Stream, Dossier)"/> failed, so one bad value does not lose the file.</remarks>
    public static (Dossier Dossier, IReadOnlyList<Problem> Problems) WithoutUnwritable(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var problems = new List<Problem>();
        IReadOnlyList<T> Keep<T>(IReadOnlyList<T> items, string section, Func<T, string> name)
        {
            var info = s_context.GetTypeInfo(typeof(T)) ?? throw new InvalidOperationException($"no JSON contract for {typeof(T).Name}");
            List<T>? kept = null;
            for (var i = 0; i < items.Count; i++)
            {
                string? reason = null;
                try
                {
                    _ = JsonSerializer.Serialize(items[i], info);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    reason = (ex.GetType().Name + ": " + ex.Message).ReplaceLineEndings(" ");
                }
                if (reason is null)
                {
                    kept?.Add(items[i]);
                    continue;
                }
                kept ??= [.. items.Take(i)];
                string id;
                try
                {
                    id = items[i] is null ? $"#{i}" : name(items[i]);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    id = $"#{i}";
                }
                problems.Add(new Problem("dossier.json", $"{section} item {id} could not be written ({reason}); it is left out and the rest of the file is complete", ProblemStage.Render));
            }
            return kept ?? items;
        }
        var clean = dossier with
        {
            Documents = Keep(dossier.Documents, "documents", d => d.Id),
            Claims = Keep(dossier.Claims, "claims", c => c.Id),
            Entities = Keep(dossier.Entities, "entities", e => e.Id),
            Quotes = Keep(dossier.Quotes, "quotes", q => $"{q.Doc}@{q.Start}"),
            Dates = Keep(dossier.Dates, "dates", d => $"{d.Doc}@{d.Start}"),
            Reuse = Keep(dossier.Reuse, "reuse", r => $"{r.A}~{r.B}"),
            OriginGroups = Keep(dossier.OriginGroups, "origin_groups", o => o.Id),
            Clusters = Keep(dossier.Clusters, "clusters", c => c.Id),
            Series = Keep(dossier.Series, "series", x => x.Id),
            Flags = Keep(dossier.Flags, "flags", f => f.Kind.Code()),
            Timeline = Keep(dossier.Timeline, "timeline", t => t.Date),
            Problems = Keep(dossier.Problems, "problems", p => p.File),
        };
        return (clean, problems);
    }

    /// <summary>Parses dossier.json.</summary>
    /// <exception cref="JsonException">The text is not a valid dossier.</exception>
    public static Dossier Deserialize(string json) =>
        JsonSerializer.Deserialize(json, s_context.Dossier) ?? throw new JsonException("dossier.json is null");
}
