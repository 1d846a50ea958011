using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Tests.Support;

/// <summary>A short story of our own for the cleaner's residue tests: a headline, a first paragraph and a second, and the two
/// places furniture stands — a run under the headline (where the line score cannot reach a line) and the foot of the story.</summary>
internal static class FerryStory
{
    public const string Headline = "Ferry capsizes on the Lusaka river";
    public const string Body = "At least 17 passengers drowned when the ferry overturned near Kapiri on Sunday, the district police chief said.";
    public const string After = "Fishermen pulled eleven people from the water before the rescue boats arrived, witnesses told reporters.";

    /// <summary>Cleans <paramref name="text"/> as a plain-text document.</summary>
    public static CleanDocument Clean(string text) => new BoilerplateCleaner().Clean(new SourceDocument("k.txt", text, "txt"));

    /// <summary>The story with <paramref name="line"/> in a run of two furniture lines under the headline.</summary>
    public static string InHeader(string line) => Headline + "\n" + line + "\nBy Tamsin Oduya\n\n" + Body + "\n\n" + After + "\n";

    /// <summary>The story with <paramref name="line"/> as a paragraph of its own between its two paragraphs.</summary>
    public static string Between(string line) => Headline + "\n\n" + Body + "\n\n" + line + "\n\n" + After + "\n";

    /// <summary>The story with <paramref name="line"/> at its foot, above a tag list.</summary>
    public static string InFooter(string line) => Headline + "\n\n" + Body + "\n\n" + After + "\n\n" + line + "\nTags: ferry, river\n";
}
