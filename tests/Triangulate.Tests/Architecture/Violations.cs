// Types that break the layering rules on purpose, so ArchitectureTests can show each rule fails when broken.
// Nothing calls them.
#pragma warning disable CA1822, CA1812, CA1515

namespace Triangulate.Tests.Architecture.Violations.Extraction
{
    internal sealed class TimelineThroughLinking
    {
        public Triangulate.Linking.Timeline.TimelinePass Pass() => new();
    }

    internal sealed class CleanExtractionStep
    {
        public int Count(string text) => text.Length;
    }
}

namespace Triangulate.Tests.Architecture.Violations.Linking
{
    internal sealed class PassThatRunsThePipeline
    {
        public Triangulate.Pipeline.AnalysisPipeline Build() => new Triangulate.Pipeline.PipelineBuilder().Build();
    }
}

namespace Triangulate.Tests.Architecture.Violations.Rendering
{
    internal sealed class RendererThatWritesAFile
    {
        public void Write(string path, string text) => System.IO.File.WriteAllText(path, text);
    }
}

namespace Triangulate.Tests.Architecture.Violations.Model
{
    internal sealed record RecordThatUsesAStage(Triangulate.Cleaning.CleanDocument Document);
}
