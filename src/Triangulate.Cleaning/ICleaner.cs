using Triangulate.Ingest;

namespace Triangulate.Cleaning;

/// <summary>Turns a document as read into the cleaned text all later stages index.</summary>
public interface ICleaner
{
    /// <summary>Cleans one document. Never throws for odd content; deletions are recorded in <see cref="CleanDocument.Removed"/>.</summary>
    CleanDocument Clean(SourceDocument source);
}
