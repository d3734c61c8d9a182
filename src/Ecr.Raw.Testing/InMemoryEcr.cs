using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;
using Ecr.Raw.Model;
using Ecr.Raw.Signing;
using Ecr.Raw.Transport;
using Ecr.Raw.Validation;

namespace Ecr.Raw.Testing;

/// <summary>
/// An Amazon ECR in memory, as an <see cref="HttpMessageHandler"/>: give it to <see cref="EcrClientOptions.HttpMessageHandler"/>
/// (or call <see cref="CreateClient"/>) and test your code against ECR's real semantics instead of a mock of
/// <see cref="IEcrClient"/>. Digests are the sha256 of the manifest bytes, ListImages has one entry per tag, tags obey the
/// repository's mutability, batch calls report ECR's failure codes, pages honour <c>maxResults</c> and <c>nextToken</c>,
/// errors are the JSON ECR sends, and every request's SigV4 signature is checked. Thread-safe.
/// </summary>
public sealed class InMemoryEcr : HttpMessageHandler
{
    private const string InvalidSignatureMessage = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, StoredRepository>> _registries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Queue<EcrFault> _failNext = new();
    private readonly TimeProvider _time;
    private int _requests;
    private int _throttleEvery;

    /// <summary>Creates an empty ECR that accepts requests signed with <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The only credentials it accepts; test credentials when <see langword="null"/>.</param>
    /// <param name="region">The region it serves.</param>
    /// <param name="accountId">The caller's account (the default registry).</param>
    /// <param name="timeProvider">The clock for push times and token expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemoryEcr(AwsCredentials? credentials = null, string region = "us-east-1", string accountId = "123456789012", TimeProvider? timeProvider = null)
    {
        Credentials = credentials ?? new AwsCredentials("AKIAINMEMORYEXAMPLE1", "in-memory-secret-key-for-tests-only");
        Region = region;
        AccountId = accountId;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The credentials requests must be signed with.</summary>
    public AwsCredentials Credentials { get; }

    /// <summary>The region served.</summary>
    public string Region { get; }

    /// <summary>The caller's account id.</summary>
    public string AccountId { get; }

    /// <summary>The endpoint clients are pointed at (never contacted: requests stop at this handler).</summary>
    public Uri Endpoint => new($"https://api.ecr.{Region}.amazonaws.com");

    /// <summary>A delay before each answer, taken on the configured clock.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>A client that sends to this ECR with its credentials.</summary>
    /// <param name="configure">Further options, for example retry settings.</param>
    /// <returns>The client; dispose it when done.</returns>
    public EcrClient CreateClient(Action<EcrClientOptions>? configure = null)
    {
        var options = new EcrClientOptions
        {
            Region = Region,
            Endpoint = Endpoint,
            Credentials = new StaticCredentialsProvider(Credentials),
            HttpMessageHandler = this,
            TimeProvider = _time,
        };
        configure?.Invoke(options);
        return new EcrClient(options);
    }

    /// <summary>How many requests of an operation reached the handler, faults included.</summary>
    /// <param name="operation">For example <c>BatchGetImage</c>.</param>
    /// <returns>The count.</returns>
    public int CallsTo(string operation)
    {
        lock (_gate)
        {
            return _calls.TryGetValue(operation, out var count) ? count : 0;
        }
    }

    /// <summary>Answers every <paramref name="n"/>-th request with <c>ThrottlingException</c>; 0 turns it off.</summary>
    /// <param name="n">The period.</param>
    public void ThrottleEvery(int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The period must not be negative.");
        }

        lock (_gate)
        {
            _throttleEvery = n;
            _requests = 0;
        }
    }

    /// <summary>Answers the next request with the given error instead of handling it.</summary>
    /// <param name="errorCode">The code, for example <c>ServerException</c>.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="message">The message.</param>
    public void FailNext(string errorCode, HttpStatusCode status = HttpStatusCode.BadRequest, string? message = null)
    {
        lock (_gate)
        {
            _failNext.Enqueue(new EcrFault(errorCode, message ?? "Injected failure.", status));
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (Delay > TimeSpan.Zero)
        {
#if NET8_0_OR_GREATER
            await Task.Delay(Delay, _time, cancellationToken).ConfigureAwait(false);
#else
            await _time.Delay(Delay, cancellationToken).ConfigureAwait(false);
#endif
        }

        var operation = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : string.Empty;
        try
        {
            lock (_gate)
            {
                _calls[operation] = (_calls.TryGetValue(operation, out var count) ? count : 0) + 1;
                _requests++;
                if (_failNext.Count > 0)
                {
                    throw _failNext.Dequeue();
                }

                if (_throttleEvery > 0 && _requests % _throttleEvery == 0)
                {
                    throw new EcrFault("ThrottlingException", "Rate exceeded");
                }
            }

            VerifySignature(request, body);
            var response = Dispatch(operation, body);
            return Json(HttpStatusCode.OK, response);
        }
        catch (EcrFault fault)
        {
            var response = Json(fault.Status, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = fault.Code, ["message"] = fault.Message }, ErrorJsonContext.Default.DictionaryStringString)));
            response.Headers.TryAddWithoutValidation("X-Amzn-ErrorType", fault.Code);
            return response;
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, byte[] body)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", EcrTransport.ContentType);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", Guid.NewGuid().ToString());
        return response;
    }

    private void VerifySignature(HttpRequestMessage request, byte[] body)
    {
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? values.First() : null;
        if (authorization is null || !authorization.StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal))
        {
            throw new EcrFault("MissingAuthenticationTokenException", "Missing Authentication Token", HttpStatusCode.Forbidden);
        }

        var credential = Part(authorization, "Credential=").Split('/');
        if (credential.Length != 5 || credential[0] != Credentials.AccessKeyId)
        {
            throw new EcrFault("UnrecognizedClientException", "The security token included in the request is invalid.");
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var name in Part(authorization, "SignedHeaders=").Split(';'))
        {
            var value = name == "host" ? request.RequestUri!.Authority : HeaderValue(request, name);
            if (value is null)
            {
                throw new EcrFault("InvalidSignatureException", $"Signed header '{name}' is missing from the request.");
            }

            headers.Add(new(name, value));
        }

        if (!DateTimeOffset.TryParseExact(HeaderValue(request, "x-amz-date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            throw new EcrFault("IncompleteSignatureException", "X-Amz-Date is missing or malformed.");
        }

        var signable = new SignableRequest(request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query.TrimStart('?'), headers, SignablePayload.FromBytes(body));
        var expected = SigV4Signer.Shared.Sign(signable, Credentials, credential[2], credential[3], time);
        if (!string.Equals(expected.Authorization, authorization, StringComparison.Ordinal))
        {
            throw new EcrFault("InvalidSignatureException", InvalidSignatureMessage);
        }
    }

    private static string? HeaderValue(HttpRequestMessage request, string name)
    {
        if (request.Headers.TryGetValues(name, out var values) || (request.Content is not null && request.Content.Headers.TryGetValues(name, out values)))
        {
            return string.Join(",", values);
        }

        return null;
    }

    private static string Part(string authorization, string key)
    {
        var start = authorization.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += key.Length;
        var end = authorization.IndexOf(',', start);
        return (end < 0 ? authorization.Substring(start) : authorization.Substring(start, end - start)).Trim();
    }

    private byte[] Dispatch(string operation, byte[] body)
    {
        lock (_gate)
        {
            return operation switch
            {
                "CreateRepository" => Handle(body, EcrJsonContext.Default.CreateRepositoryRequest, EcrJsonContext.Default.CreateRepositoryResponse, CreateRepository),
                "DescribeRepositories" => Handle(body, EcrJsonContext.Default.DescribeRepositoriesRequest, EcrJsonContext.Default.DescribeRepositoriesResponse, DescribeRepositories),
                "DeleteRepository" => Handle(body, EcrJsonContext.Default.DeleteRepositoryRequest, EcrJsonContext.Default.DeleteRepositoryResponse, DeleteRepository),
                "PutImage" => Handle(body, EcrJsonContext.Default.PutImageRequest, EcrJsonContext.Default.PutImageResponse, PutImage),
                "ListImages" => Handle(body, EcrJsonContext.Default.ListImagesRequest, EcrJsonContext.Default.ListImagesResponse, ListImages),
                "DescribeImages" => Handle(body, EcrJsonContext.Default.DescribeImagesRequest, EcrJsonContext.Default.DescribeImagesResponse, DescribeImages),
                "BatchGetImage" => Handle(body, EcrJsonContext.Default.BatchGetImageRequest, EcrJsonContext.Default.BatchGetImageResponse, BatchGetImage),
                "BatchDeleteImage" => Handle(body, EcrJsonContext.Default.BatchDeleteImageRequest, EcrJsonContext.Default.BatchDeleteImageResponse, BatchDeleteImage),
                "GetAuthorizationToken" => Handle(body, EcrJsonContext.Default.GetAuthorizationTokenRequest, EcrJsonContext.Default.GetAuthorizationTokenResponse, GetAuthorizationToken),
                "DescribeImageScanFindings" => Handle(body, EcrJsonContext.Default.DescribeImageScanFindingsRequest, EcrJsonContext.Default.DescribeImageScanFindingsResponse, DescribeImageScanFindings),
                _ => throw new EcrFault("UnknownOperationException", $"The operation '{operation}' is not supported by the in-memory ECR."),
            };
        }
    }

    private static byte[] Handle<TRequest, TResponse>(byte[] body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, Func<TRequest, TResponse> handler)
    {
        TRequest request;
        try
        {
            request = JsonSerializer.Deserialize(body, requestType) ?? throw new EcrFault("SerializationException", "The request body is null.");
        }
        catch (JsonException ex)
        {
            throw new EcrFault("SerializationException", "The request body is not valid JSON: " + ex.Message);
        }

        try
        {
            Validate(request);
        }
        catch (ArgumentException ex)
        {
            throw new EcrFault("InvalidParameterException", "Invalid parameter at '" + ex.ParamName + "' failed to satisfy constraint: " + ex.Message.Split('(')[0].Trim());
        }

        var response = handler(request);
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, EcrTransport.WriterOptions))
        {
            JsonSerializer.Serialize(writer, response, responseType);
        }

        return buffer.ToArray();
    }

    private static void Validate<TRequest>(TRequest request)
    {
        switch (request)
        {
            case ListImagesRequest r: RequestValidator.Validate(r); break;
            case DescribeImagesRequest r: RequestValidator.Validate(r); break;
            case BatchGetImageRequest r: RequestValidator.Validate(r); break;
            case BatchDeleteImageRequest r: RequestValidator.Validate(r); break;
            case CreateRepositoryRequest r: RequestValidator.Validate(r); break;
            case DeleteRepositoryRequest r: RequestValidator.Validate(r); break;
            case DescribeRepositoriesRequest r: RequestValidator.Validate(r); break;
            case GetAuthorizationTokenRequest r: RequestValidator.Validate(r); break;
            case DescribeImageScanFindingsRequest r: RequestValidator.Validate(r); break;
            case PutImageRequest r:
                EcrValidator.RegistryId(r.RegistryId);
                EcrValidator.RepositoryName(r.RepositoryName);
                EcrValidator.ImageTag(r.ImageTag);
                EcrValidator.ImageDigest(r.ImageDigest);
                if (string.IsNullOrEmpty(r.ImageManifest))
                {
                    throw new ArgumentException("An image manifest is required.", "imageManifest");
                }

                break;
        }
    }

    private Dictionary<string, StoredRepository> Registry(string? registryId)
    {
        var id = registryId ?? AccountId;
        if (!_registries.TryGetValue(id, out var registry))
        {
            registry = new Dictionary<string, StoredRepository>(StringComparer.Ordinal);
            _registries[id] = registry;
        }

        return registry;
    }

    private StoredRepository Repo(string? registryId, string name) =>
        Registry(registryId).TryGetValue(name, out var repository)
            ? repository
            : throw new EcrFault("RepositoryNotFoundException", $"The repository with name '{name}' does not exist in the registry with id '{registryId ?? AccountId}'");

    private CreateRepositoryResponse CreateRepository(CreateRepositoryRequest request)
    {
        var registryId = request.RegistryId ?? AccountId;
        var registry = Registry(registryId);
        if (registry.ContainsKey(request.RepositoryName))
        {
            throw new EcrFault("RepositoryAlreadyExistsException", $"The repository with name '{request.RepositoryName}' already exists in the registry with id '{registryId}'");
        }

        var repository = new Repository
        {
            RepositoryArn = $"arn:aws:ecr:{Region}:{registryId}:repository/{request.RepositoryName}",
            RegistryId = registryId,
            RepositoryName = request.RepositoryName,
            RepositoryUri = $"{registryId}.dkr.ecr.{Region}.amazonaws.com/{request.RepositoryName}",
            CreatedAt = _time.GetUtcNow(),
            ImageTagMutability = request.ImageTagMutability ?? ImageTagMutability.Mutable,
            ImageTagMutabilityExclusionFilters = request.ImageTagMutabilityExclusionFilters,
            ImageScanningConfiguration = request.ImageScanningConfiguration ?? new ImageScanningConfiguration { ScanOnPush = false },
            EncryptionConfiguration = request.EncryptionConfiguration ?? new EncryptionConfiguration { EncryptionType = EncryptionType.Aes256 },
        };
        registry[request.RepositoryName] = new StoredRepository(repository);
        return new CreateRepositoryResponse { Repository = repository };
    }

    private DescribeRepositoriesResponse DescribeRepositories(DescribeRepositoriesRequest request)
    {
        if (request.RepositoryNames is { } names)
        {
            return new DescribeRepositoriesResponse { Repositories = names.Select(n => Repo(request.RegistryId, n).Description).ToList() };
        }

        var all = Registry(request.RegistryId).Values.Select(r => r.Description).ToList();
        var (page, next) = Page(all, request.NextToken, request.MaxResults);
        return new DescribeRepositoriesResponse { Repositories = page, NextToken = next };
    }

    private DeleteRepositoryResponse DeleteRepository(DeleteRepositoryRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        if (repository.Images.Count > 0 && request.Force != true)
        {
            throw new EcrFault("RepositoryNotEmptyException", $"The repository with name '{request.RepositoryName}' in registry with id '{request.RegistryId ?? AccountId}' cannot be deleted because it still contains images");
        }

        Registry(request.RegistryId).Remove(request.RepositoryName);
        return new DeleteRepositoryResponse { Repository = repository.Description };
    }

    private PutImageResponse PutImage(PutImageRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        var (declaredType, size) = InspectManifest(request.ImageManifest);
        var mediaType = request.ImageManifestMediaType ?? declaredType
            ?? throw new EcrFault("InvalidParameterException", "image manifest mediatype not provided in manifest or parameter");
        var digest = "sha256:" + Hex(SHA256Of(request.ImageManifest));
        if (request.ImageDigest is not null && !string.Equals(request.ImageDigest, digest, StringComparison.OrdinalIgnoreCase))
        {
            throw new EcrFault("ImageDigestDoesNotMatchException", $"The digest '{request.ImageDigest}' does not match the digest of the manifest, '{digest}'.");
        }

        var image = repository.ByDigest(digest);
        if (image is not null && (request.ImageTag is null || image.Tags.Contains(request.ImageTag)))
        {
            throw new EcrFault("ImageAlreadyExistsException", $"Image with digest '{digest}' and tag '{request.ImageTag ?? "null"}' already exists in the repository with name '{request.RepositoryName}' in registry with id '{request.RegistryId ?? AccountId}'");
        }

        if (request.ImageTag is { } tag && repository.ByTag(tag) is { } holder && holder != image)
        {
            if (repository.IsImmutable(tag))
            {
                throw new EcrFault("ImageTagAlreadyExistsException", $"The image tag '{tag}' already exists in the '{request.RepositoryName}' repository and cannot be overwritten because the tag is immutable.");
            }

            // A mutable tag moves; the image it leaves stays, untagged if that was its last tag.
            holder.Tags.Remove(tag);
        }

        if (image is null)
        {
            image = new StoredImage(digest, request.ImageManifest, mediaType, size, _time.GetUtcNow());
            repository.Images.Add(image);
        }

        if (request.ImageTag is not null)
        {
            image.Tags.Add(request.ImageTag);
        }

        return new PutImageResponse { Image = ToImage(repository, image, request.ImageTag) };
    }

    private ListImagesResponse ListImages(ListImagesRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        var status = request.Filter?.TagStatus;
        var ids = new List<ImageIdentifier>();
        foreach (var image in repository.Images)
        {
            if (image.Tags.Count == 0)
            {
                if (status != TagStatus.Tagged)
                {
                    ids.Add(new ImageIdentifier { ImageDigest = image.Digest });
                }
            }
            else if (status != TagStatus.Untagged)
            {
                ids.AddRange(image.Tags.Select(t => new ImageIdentifier { ImageDigest = image.Digest, ImageTag = t }));
            }
        }

        var (page, next) = Page(ids, request.NextToken, request.MaxResults);
        return new ListImagesResponse { ImageIds = page, NextToken = next };
    }

    private DescribeImagesResponse DescribeImages(DescribeImagesRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        if (request.ImageIds is { } ids)
        {
            var found = new List<StoredImage>();
            foreach (var id in ids)
            {
                var image = Resolve(repository, id, out var failure);
                if (image is null)
                {
                    throw new EcrFault("ImageNotFoundException", $"The image with imageId {{imageDigest:'{id.ImageDigest ?? "null"}', imageTag:'{id.ImageTag ?? "null"}'}} does not exist within the repository with name '{request.RepositoryName}' in the registry with id '{request.RegistryId ?? AccountId}'");
                }

                if (!found.Contains(image))
                {
                    found.Add(image);
                }
            }

            return new DescribeImagesResponse { ImageDetails = found.Select(i => ToDetail(repository, i)).ToList() };
        }

        var status = request.Filter?.TagStatus;
        var matching = repository.Images
            .Where(i => status is null || status == TagStatus.Any || (status == TagStatus.Tagged ? i.Tags.Count > 0 : i.Tags.Count == 0))
            .Select(i => ToDetail(repository, i))
            .ToList();
        var (page, next) = Page(matching, request.NextToken, request.MaxResults);
        return new DescribeImagesResponse { ImageDetails = page, NextToken = next };
    }

    private BatchGetImageResponse BatchGetImage(BatchGetImageRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        var images = new List<Image>();
        var failures = new List<ImageFailure>();
        foreach (var id in request.ImageIds)
        {
            var image = Resolve(repository, id, out var failure);
            if (image is null)
            {
                failures.Add(failure!);
            }
            else
            {
                images.Add(ToImage(repository, image, id.ImageTag));
            }
        }

        return new BatchGetImageResponse { Images = images, Failures = failures };
    }

    private BatchDeleteImageResponse BatchDeleteImage(BatchDeleteImageRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        var deleted = new List<ImageIdentifier>();
        var failures = new List<ImageFailure>();
        foreach (var id in request.ImageIds)
        {
            var image = Resolve(repository, id, out var failure);
            if (image is null)
            {
                failures.Add(failure!);
                continue;
            }

            if (id.ImageDigest is null)
            {
                // By tag: only the tag goes, and with the last tag the image.
                image.Tags.Remove(id.ImageTag!);
                deleted.Add(new ImageIdentifier { ImageDigest = image.Digest, ImageTag = id.ImageTag });
                if (image.Tags.Count == 0)
                {
                    repository.Images.Remove(image);
                }

                continue;
            }

            repository.Images.Remove(image);
            deleted.AddRange(image.Tags.Count == 0
                ? [new ImageIdentifier { ImageDigest = image.Digest }]
                : image.Tags.Select(t => new ImageIdentifier { ImageDigest = image.Digest, ImageTag = t }));
        }

        return new BatchDeleteImageResponse { ImageIds = deleted, Failures = failures };
    }

    private GetAuthorizationTokenResponse GetAuthorizationToken(GetAuthorizationTokenRequest request)
    {
        var registries = request.RegistryIds ?? [AccountId];
        var expires = _time.GetUtcNow().AddHours(12);
        return new GetAuthorizationTokenResponse
        {
            AuthorizationData = registries.Select(id => new AuthorizationData
            {
                AuthorizationToken = Convert.ToBase64String(Encoding.UTF8.GetBytes("AWS:" + Guid.NewGuid().ToString("N"))),
                ExpiresAt = expires,
                ProxyEndpoint = $"https://{id}.dkr.ecr.{Region}.amazonaws.com",
            }).ToList(),
        };
    }

    private DescribeImageScanFindingsResponse DescribeImageScanFindings(DescribeImageScanFindingsRequest request)
    {
        var repository = Repo(request.RegistryId, request.RepositoryName);
        if (Resolve(repository, request.ImageId, out _) is null)
        {
            throw new EcrFault("ImageNotFoundException", $"The image with imageId {{imageDigest:'{request.ImageId.ImageDigest ?? "null"}', imageTag:'{request.ImageId.ImageTag ?? "null"}'}} does not exist within the repository with name '{request.RepositoryName}'");
        }

        throw new EcrFault("ScanNotFoundException", $"Image scan does not exist for the image in the repository with name '{request.RepositoryName}' in the registry with id '{request.RegistryId ?? AccountId}'");
    }

    /// <summary>Finds the image an id names, or says why not with ECR's failure code.</summary>
    private static StoredImage? Resolve(StoredRepository repository, ImageIdentifier id, out ImageFailure? failure)
    {
        failure = null;
        string? code = null, reason = null;
        StoredImage? image = null;
        if (id.ImageDigest is null && id.ImageTag is null)
        {
            (code, reason) = ("MissingDigestAndTag", "Invalid request parameters: both tag and digest cannot be null");
        }
        else if (id.ImageDigest is { } digest && !IsDigest(digest))
        {
            (code, reason) = ("InvalidImageDigest", "Invalid request parameters: image digest should satisfy the regex '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'");
        }
        else
        {
            var byDigest = id.ImageDigest is null ? null : repository.ByDigest(id.ImageDigest);
            var byTag = id.ImageTag is null ? null : repository.ByTag(id.ImageTag);
            if (id.ImageDigest is not null && id.ImageTag is not null && byDigest is not null && byTag is not null && byDigest != byTag)
            {
                (code, reason) = ("ImageTagDoesNotMatchDigest", "Invalid request parameters: the image tag does not match the digest");
            }
            else
            {
                image = id.ImageDigest is not null && id.ImageTag is not null ? (byDigest == byTag ? byDigest : null) : byDigest ?? byTag;
                if (image is null)
                {
                    (code, reason) = ("ImageNotFound", "Requested image not found");
                }
            }
        }

        if (code is not null)
        {
            failure = new ImageFailure { ImageId = id, FailureCode = new ImageFailureCode(code), FailureReason = reason };
        }

        return image;
    }

    private static bool IsDigest(string digest)
    {
        var colon = digest.IndexOf(':');
        return colon > 0 && digest.Length - colon - 1 == 64 && digest.Skip(colon + 1).All(Uri.IsHexDigit);
    }

    private Image ToImage(StoredRepository repository, StoredImage image, string? tag) => new()
    {
        RegistryId = repository.Description.RegistryId,
        RepositoryName = repository.Description.RepositoryName,
        ImageId = new ImageIdentifier { ImageDigest = image.Digest, ImageTag = tag },
        ImageManifest = image.Manifest,
        ImageManifestMediaType = image.MediaType,
    };

    private static ImageDetail ToDetail(StoredRepository repository, StoredImage image) => new()
    {
        RegistryId = repository.Description.RegistryId,
        RepositoryName = repository.Description.RepositoryName,
        ImageDigest = image.Digest,
        ImageTags = image.Tags.ToList(),
        ImageSizeInBytes = image.Size,
        ImagePushedAt = image.PushedAt,
        ImageManifestMediaType = image.MediaType,
        ImageStatus = ImageStatus.Active,
    };

    /// <summary>ECR pages: 100 when maxResults is unset, an opaque token that encodes where the next page starts.</summary>
    private static (List<T> Page, string? NextToken) Page<T>(List<T> items, string? token, int? maxResults)
    {
        var start = 0;
        if (token is not null)
        {
            try
            {
                start = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':')[1], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException)
            {
                throw new EcrFault("InvalidParameterException", "Invalid parameter at 'nextToken': the token is not valid.");
            }
        }

        var size = maxResults ?? 100;
        var page = items.Skip(start).Take(size).ToList();
        var next = start + size < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + (start + size).ToString(CultureInfo.InvariantCulture))) : null;
        return (page, next);
    }

    private static (string? MediaType, long Size) InspectManifest(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            var root = document.RootElement;
            var mediaType = root.TryGetProperty("mediaType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
            long size = 0;
            if (root.TryGetProperty("config", out var config) && config.TryGetProperty("size", out var configSize) && configSize.TryGetInt64(out var c))
            {
                size += c;
            }

            if (root.TryGetProperty("layers", out var layers) && layers.ValueKind == JsonValueKind.Array)
            {
                foreach (var layer in layers.EnumerateArray())
                {
                    if (layer.TryGetProperty("size", out var layerSize) && layerSize.TryGetInt64(out var l))
                    {
                        size += l;
                    }
                }
            }

            return (mediaType, size == 0 ? Encoding.UTF8.GetByteCount(manifest) : size);
        }
        catch (JsonException)
        {
            throw new EcrFault("InvalidParameterException", "Invalid parameter at 'imageManifest' failed to satisfy constraint: 'the manifest is not valid JSON'");
        }
    }

    private static byte[] SHA256Of(string text)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(Encoding.UTF8.GetBytes(text));
    }

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
