using System.Text.Json.Serialization;
using Ecr.Raw.Model;

namespace Ecr.Raw.Transport;

/// <summary>
/// Source-generated serialisation of every ECR request and response: no reflection, AOT- and trim-safe. Members are
/// written as the model spells them (camelCase), unset ones are omitted, unknown ones are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsJsonConverter)])]
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
[JsonSerializable(typeof(DescribeImageScanFindingsRequest))]
[JsonSerializable(typeof(DescribeImageScanFindingsResponse))]
internal sealed partial class EcrJsonContext : JsonSerializerContext
{
}
