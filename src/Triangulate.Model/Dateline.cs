namespace Triangulate.Model;

/// <summary>A dateline: the place (and agency) a dispatch was filed from.</summary>
/// <param name="Place">The place named, e.g. "Damascus".</param>
/// <param name="Agency">The agency or outlet abbreviation, e.g. "MINA", when given.</param>
/// <param name="Start">Offset of the dateline in the cleaned text.</param>
/// <param name="End">End offset of the dateline in the cleaned text.</param>
public sealed record Dateline(string Place, string? Agency, int Start, int End);
