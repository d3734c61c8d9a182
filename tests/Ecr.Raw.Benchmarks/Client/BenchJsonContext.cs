using System.Text.Json.Serialization;
using Ecr.Raw.Model;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>The floor's own source-generated parser, into the same public models Ecr.Raw returns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ListImagesResponse))]
internal sealed partial class BenchJsonContext : JsonSerializerContext
{
}
