using System;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;
using Ecr.Raw.Endpoints;
using Ecr.Raw.Model;
using Ecr.Raw.Transport;
using Ecr.Raw.Validation;

namespace Ecr.Raw;

/// <summary>
/// Calls the Amazon ECR API directly: JSON 1.1 over HTTPS, signed with SigV4. Thread-safe; create one per region and
/// endpoint and keep it.
/// </summary>
public sealed class EcrClient : IEcrClient, IDisposable
{
    private readonly EcrTransport _transport;

    /// <summary>Creates a client from the environment: region, endpoint and credentials as <see cref="EcrClientOptions"/> describes.</summary>
    /// <exception cref="Errors.EcrException">Kind Configuration: no region, or conflicting endpoint options.</exception>
    public EcrClient()
        : this(new EcrClientOptions())
    {
    }

    /// <summary>Creates a client.</summary>
    /// <param name="options">The options; unset ones fall back to the environment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="Errors.EcrException">Kind Configuration: no region, or conflicting endpoint options.</exception>
    public EcrClient(EcrClientOptions options)
        : this(options, Environment.GetEnvironmentVariable)
    {
    }

    internal EcrClient(EcrClientOptions options, Func<string, string?> getEnvironmentVariable)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var region = FirstSet(options.Region, getEnvironmentVariable("AWS_REGION"), getEnvironmentVariable("AWS_DEFAULT_REGION"));
        var configured = FirstSet(getEnvironmentVariable("AWS_ENDPOINT_URL_ECR"), getEnvironmentVariable("AWS_ENDPOINT_URL"));
        var custom = options.Endpoint ?? (configured is null ? null : ParseEndpoint(configured));
        var endpoint = EcrEndpointResolver.Resolve(region, options.UseFips, options.UseDualStack, custom, options.AllowInsecureHttp);
        if (region is null)
        {
            throw new Errors.EcrException(Errors.EcrErrorKind.Configuration, "No AWS region to sign with: set EcrClientOptions.Region, AWS_REGION or AWS_DEFAULT_REGION (a custom endpoint needs one too).");
        }

        var credentials = options.Credentials ?? new EnvironmentCredentialsProvider(getEnvironmentVariable);
        _transport = new EcrTransport(endpoint, region, credentials, options, getEnvironmentVariable);
    }

    /// <summary>The endpoint this client calls.</summary>
    public Uri Endpoint => _transport.Endpoint;

    /// <summary>The region requests are signed for.</summary>
    public string Region => _transport.SigningRegion;

    /// <inheritdoc />
    public Task<ListImagesResponse> ListImagesAsync(ListImagesRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("ListImages", request, EcrJsonContext.Default.ListImagesRequest, EcrJsonContext.Default.ListImagesResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DescribeImagesResponse> DescribeImagesAsync(DescribeImagesRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("DescribeImages", request, EcrJsonContext.Default.DescribeImagesRequest, EcrJsonContext.Default.DescribeImagesResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BatchGetImageResponse> BatchGetImageAsync(BatchGetImageRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("BatchGetImage", request, EcrJsonContext.Default.BatchGetImageRequest, EcrJsonContext.Default.BatchGetImageResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PutImageResponse> PutImageAsync(PutImageRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("PutImage", request, EcrJsonContext.Default.PutImageRequest, EcrJsonContext.Default.PutImageResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BatchDeleteImageResponse> BatchDeleteImageAsync(BatchDeleteImageRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("BatchDeleteImage", request, EcrJsonContext.Default.BatchDeleteImageRequest, EcrJsonContext.Default.BatchDeleteImageResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<GetAuthorizationTokenResponse> GetAuthorizationTokenAsync(GetAuthorizationTokenRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("GetAuthorizationToken", request, EcrJsonContext.Default.GetAuthorizationTokenRequest, EcrJsonContext.Default.GetAuthorizationTokenResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DescribeRepositoriesResponse> DescribeRepositoriesAsync(DescribeRepositoriesRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("DescribeRepositories", request, EcrJsonContext.Default.DescribeRepositoriesRequest, EcrJsonContext.Default.DescribeRepositoriesResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CreateRepositoryResponse> CreateRepositoryAsync(CreateRepositoryRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("CreateRepository", request, EcrJsonContext.Default.CreateRepositoryRequest, EcrJsonContext.Default.CreateRepositoryResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DeleteRepositoryResponse> DeleteRepositoryAsync(DeleteRepositoryRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("DeleteRepository", request, EcrJsonContext.Default.DeleteRepositoryRequest, EcrJsonContext.Default.DeleteRepositoryResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DescribeImageScanFindingsResponse> DescribeImageScanFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        return _transport.SendAsync("DescribeImageScanFindings", request, EcrJsonContext.Default.DescribeImageScanFindingsRequest, EcrJsonContext.Default.DescribeImageScanFindingsResponse, cancellationToken);
    }
    /// <summary>Releases the HTTP client this instance created for a given handler; a shared or given client is left alone.</summary>
    public void Dispose() => _transport.Dispose();

    private static string? FirstSet(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value!.Trim();
            }
        }

        return null;
    }

    private static Uri ParseEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new Errors.EcrException(Errors.EcrErrorKind.Configuration, $"AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL holds '{value}', which is not an absolute URL.");
}
