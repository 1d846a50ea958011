namespace Triangulate.Model;

/// <summary>Implemented by passes to declare which dossier sections they fill (e.g. <c>claims</c>).</summary>
/// <remarks>The pipeline lists the sections no pass declares in <see cref="Dossier.NotExtracted"/>, so a reader can tell "none found" from "not extracted yet".</remarks>
public interface ISectionProvider
{
    /// <summary>Names of the dossier.json sections this pass fills.</summary>
    IReadOnlyList<string> Sections { get; }
}

/// <summary>The names of the dossier sections that passes fill.</summary>
public static class DossierSections
{
    /// <summary>Every section a pass may fill, in contract order.</summary>
    public static IReadOnlyList<string> All { get; } = ["claims", "entities", "quotes", "dates", "reuse", "origin_groups", "clusters", "series", "flags", "timeline"];

    /// <summary>Lists the sections none of <paramref name="passes"/> declares.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<IDossierPass> passes)
    {
        var provided = new HashSet<string>(passes.OfType<ISectionProvider>().SelectMany(p => p.Sections), StringComparer.Ordinal);
        return [.. All.Where(s => !provided.Contains(s))];
    }
}
