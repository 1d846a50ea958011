namespace Triangulate.Pipeline;

/// <summary>Assembles an <see cref="AnalysisPipeline"/>: <c>new PipelineBuilder().UseDefaults().Build()</c>.</summary>
/// <remarks>Passes are placed relative to named passes (<see cref="InsertBefore{T}"/>), never by priority number.</remarks>
/// <threadsafety>Not thread-safe; build on one thread, then share the frozen pipeline.</threadsafety>
public sealed class PipelineBuilder
{
    private readonly List<IDossierPass> _passes = [];

    /// <summary>The passes added so far.</summary>
    public IReadOnlyList<IDossierPass> Passes => _passes;

    /// <summary>Adds the standard passes in their standard order.</summary>
    public PipelineBuilder UseDefaults()
    {
        foreach (var pass in DefaultPasses.Create())
        {
            Use(pass);
        }
        return this;
    }

    /// <summary>Appends a pass.</summary>
    public PipelineBuilder Use(IDossierPass pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        _passes.Add(pass);
        return this;
    }

    /// <summary>Inserts <paramref name="pass"/> before the first pass of type <typeparamref name="T"/> (appends when there is none).</summary>
    public PipelineBuilder InsertBefore<T>(IDossierPass pass) where T : IDossierPass
    {
        ArgumentNullException.ThrowIfNull(pass);
        var index = _passes.FindIndex(p => p is T);
        _passes.Insert(index < 0 ? _passes.Count : index, pass);
        return this;
    }

    /// <summary>Inserts <paramref name="pass"/> after the last pass of type <typeparamref name="T"/> (appends when there is none).</summary>
    public PipelineBuilder InsertAfter<T>(IDossierPass pass) where T : IDossierPass
    {
        ArgumentNullException.ThrowIfNull(pass);
        var index = _passes.FindLastIndex(p => p is T);
        _passes.Insert(index < 0 ? _passes.Count : index + 1, pass);
        return this;
    }

    /// <summary>Removes every pass of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder Remove<T>() where T : IDossierPass
    {
        _passes.RemoveAll(p => p is T);
        return this;
    }

    /// <summary>Freezes the passes into a reusable pipeline.</summary>
    public AnalysisPipeline Build() => new([.. _passes]);
}
