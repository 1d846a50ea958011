using Triangulate.Analysis;
using Triangulate.Extraction.Entities;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Entities;

public sealed class ScratchDebugTests
{
    [Fact]
    public void Dump_Sample_Entities()
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_EVAL_LOG") is not { Length: > 0 } log)
        {
            return;
        }
        var d = Analyzer.Analyze([Paths.Sample]);
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"docs {d.Documents.Count} entities {d.Entities.Count} quotes {d.Quotes.Count} problems {d.Problems.Count} notext {string.Join(",", d.NotExtracted)}");
        foreach (var p in d.Problems) sb.AppendLine("P " + p);
        var f = new MentionFinder();
        try { sb.AppendLine("mentions in doc0: " + f.Find("x", d.Documents[0].Text).Count); } catch (Exception ex) { sb.AppendLine(ex.ToString()); }
        foreach (var e in d.Entities) sb.AppendLine($"{e.Type} {e.Canonical} [{string.Join(" | ", e.Aliases)}] {e.Geo?.SourceId} {e.Geo?.Name} {e.GeoNote}");
        foreach (var q in d.Quotes) sb.AppendLine($"Q {q.Kind} {q.Text} <- {q.SpeakerText} = {q.Speaker} ({q.Verb})");
        File.WriteAllText(log + ".dump", sb.ToString());
    }
}
