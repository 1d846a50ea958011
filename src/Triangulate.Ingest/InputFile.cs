namespace Triangulate.Ingest;

/// <summary>A file found under an input path.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Name">Path relative to the input root (the file name when the input was a file).</param>
public sealed record InputFile(string FullPath, string Name);
