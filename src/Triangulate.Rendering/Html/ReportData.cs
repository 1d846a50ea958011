using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Rendering.Html;

/// <summary>The report's embedded, machine-readable index: documents and claims with the dossier's own ids and field names.</summary>
/// <param name="Schema">The dossier's schema.</param>
/// <param name="Generator">The tool version.</param>
/// <param name="Documents">One row per document.</param>
/// <param name="Claims">One row per claim.</param>
/// <param name="NotExtracted">Sections no pass filled.</param>
internal sealed record ReportData(string Schema, string Generator, IReadOnlyList<ReportDocument> Documents, IReadOnlyList<ReportClaim> Claims,
    IReadOnlyList<string> NotExtracted)
{
    private static readonly ReportDataJsonContext s_context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The index of <paramref name="dossier"/>.</summary>
    public static ReportData Of(Dossier dossier) => new(dossier.Schema, dossier.Generator,
        [.. dossier.Documents.Select(d => new ReportDocument(d.Id, d.File, d.Outlet, d.Title, d.Published?.Date))],
        [.. dossier.Claims.Select(c => new ReportClaim(c.Id, HtmlText.Slug(c.Id), c.Doc, c.Measure, c.Who, c.Value, c.Span))],
        dossier.NotExtracted);

    /// <summary>Compact JSON through the source-generated serializer (snake_case, nulls written, as dossier.json's names).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_context.ReportData);
}

/// <summary>A document in the report's index.</summary>
internal sealed record ReportDocument(string Id, string File, string? Outlet, string? Title, string? Published);

/// <summary>A claim in the report's index; <paramref name="Anchor"/> is its element id in the page.</summary>
internal sealed record ReportClaim(string Id, string Anchor, string Doc, string Measure, string? Who, long? Value, string Span);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReportData))]
internal sealed partial class ReportDataJsonContext : JsonSerializerContext;
