using System.CommandLine;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, directories (read recursively) or globs: .txt, .html, .jsonl, .rss/.atom/.xml, and .gz of any of these.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Db() => new("--db")
    {
        Description = "Where ingested documents and dossiers are kept: a SQLite file, or a PostgreSQL database as postgres://user[:password]@host[:port]/database (default: $TRIANGULATE_DB, else triangulate.db).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TRIANGULATE_DB") ?? "triangulate.db",
    };

    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Output directory for the dossier files.",
        DefaultValueFactory = _ => "dossier",
    };

    public static Option<string[]> Format() => new("--format", "-f")
    {
        Description = "Output formats, comma-separated: json, md, html, csv (default: all).",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print every problem and each stage's timing." };

    public static Option<int> MaxFileMb() => new("--max-file-mb")
    {
        Description = "Largest file read as one article, in MB (bigger files are refused with an error).",
        DefaultValueFactory = _ => 64,
    };

    public static Option<int> MaxDocuments() => new("--max-documents")
    {
        Description = "Stop after this many documents (0 = no limit).",
        DefaultValueFactory = _ => 0,
    };

    public static Option<bool> FollowLinks() => new("--follow-links")
    {
        Description = "Follow symbolic links in input folders that point outside the folder (by default they are skipped with a warning).",
    };

    public static IngestOptions IngestOptionsFrom(int maxFileMb, int maxDocuments, bool followLinks = false)
    {
        if (maxFileMb <= 0)
        {
            throw new UsageException("--max-file-mb must be positive");
        }
        return new IngestOptions { MaxDocumentBytes = maxFileMb * 1024L * 1024L, MaxDocuments = Math.Max(0, maxDocuments), FollowLinks = followLinks };
    }
}
