using System.Text.Json.Serialization;
using Triangulate.Cleaning;

namespace Triangulate.Storage;

/// <summary>Source-generated JSON for the small structured columns of the store.</summary>
[JsonSerializable(typeof(IReadOnlyList<RemovedBlock>))]
[JsonSerializable(typeof(IReadOnlyList<int[]>))]
[JsonSerializable(typeof(Dateline))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
