using System.Text.Json.Serialization;
using Ecr.Raw.Model;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// Source-generated JSON of the ECR requests the CLI reads from its options and the responses it prints, with the
/// API's member names. Timestamps are printed as ISO 8601 by an <see cref="IsoTimestampConverter"/> added per run.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListImagesRequest))]
[JsonSerializable(typeof(ListImagesResponse))]
[JsonSerializable(typeof(DescribeImagesRequest))]
[JsonSerializable(typeof(DescribeImagesResponse))]
[JsonSerializable(typeof(BatchGetImageRequest))]
[JsonSerializable(typeof(BatchGetImageResponse))]
[JsonSerializable(typeof(PutImageRequest))]
[JsonSerializable(typeof(PutImageResponse))]
[JsonSerializable(typeof(BatchDeleteImageRequest))]
[JsonSerializable(typeof(BatchDeleteImageResponse))]
[JsonSerializable(typeof(GetAuthorizationTokenRequest))]
[JsonSerializable(typeof(GetAuthorizationTokenResponse))]
[JsonSerializable(typeof(DescribeRepositoriesRequest))]
[JsonSerializable(typeof(DescribeRepositoriesResponse))]
[JsonSerializable(typeof(CreateRepositoryRequest))]
[JsonSerializable(typeof(CreateRepositoryResponse))]
[JsonSerializable(typeof(DeleteRepositoryRequest))]
[JsonSerializable(typeof(DeleteRepositoryResponse))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>A context that prints timestamps in <paramref name="zone"/>.</summary>
    public static CliJsonContext For(System.TimeZoneInfo zone) =>
        new(new System.Text.Json.JsonSerializerOptions(Default.Options) { Converters = { new IsoTimestampConverter(zone) } });
}
