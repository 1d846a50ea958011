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

    /// <summary>Writes a dossier as UTF-8 JSON to a stream.</summary>
    public static void Serialize(Stream stream, Dossier dossier) => JsonSerializer.Serialize(stream, dossier, s_context.Dossier);

    /// <summary>Parses dossier.json.</summary>
    /// <exception cref="JsonException">The text is not a valid dossier.</exception>
    public static Dossier Deserialize(string json) =>
        JsonSerializer.Deserialize(json, s_context.Dossier) ?? throw new JsonException("dossier.json is null");
}
