using System;
using System.Collections.Generic;
using Ecr.Raw.Config;
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
        : this(options, AwsEnvironment.Process, null)
    {
    }

    internal EcrClient(EcrClientOptions options, Func<string, string?> getEnvironmentVariable)
        : this(options, new AwsEnvironment(getEnvironmentVariable, null), null)
    {
    }

    internal EcrClient(EcrClientOptions options, AwsEnvironment environment, string? discoveredRegion)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        // The shared files are read only when code and environment leave a setting open.
        var profile = new Lazy<IReadOnlyDictionary<string, string>?>(() => LoadProfile(options, environment));
        var shared = new Lazy<SharedConfig>(() => SharedConfig.Load(environment));

        var region = FirstSet(options.Region, environment.Get("AWS_REGION"), environment.Get("AWS_DEFAULT_REGION"))
            ?? ProfileValue(profile, "region")
            ?? discoveredRegion;
        var configured = FirstSet(environment.Get("AWS_ENDPOINT_URL_ECR"), environment.Get("AWS_ENDPOINT_URL"));
        if (options.Endpoint is null && configured is null && profile.Value is { } settings)
        {
            configured = shared.Value.EndpointUrl(settings, "ecr");
        }

        var custom = options.Endpoint ?? (configured is null ? null : ParseEndpoint(configured));
        var endpoint = EcrEndpointResolver.Resolve(region, options.UseFips, options.UseDualStack, custom, options.AllowInsecureHttp);
        if (region is null)
        {
            throw new Errors.EcrException(Errors.EcrErrorKind.Configuration, "No AWS region to sign with: set EcrClientOptions.Region, AWS_REGION, AWS_DEFAULT_REGION or the profile's region (a custom endpoint needs one too).");
        }

        var credentials = options.Credentials ?? new DefaultCredentialsChain(environment, null, new AwsCredentialsOptions
        {
            ProfileName = options.ProfileName,
            TimeProvider = options.TimeProvider ?? TimeProvider.System,
        });
        Func<string, string?> setting = name => environment.Get(name) ?? name switch
        {
            "AWS_MAX_ATTEMPTS" => ProfileValue(profile, "max_attempts"),
            "AWS_RETRY_MODE" => ProfileValue(profile, "retry_mode"),
            _ => null,
        };
        _transport = new EcrTransport(endpoint, region, credentials, options, setting);
    }

    /// <summary>
    /// Creates a client, asking EC2 instance metadata for the region when <see cref="EcrClientOptions.UseInstanceMetadataRegion"/>
    /// is set and neither the options, the environment nor the profile name one.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the metadata lookup.</param>
    /// <returns>The client.</returns>
    /// <exception cref="Errors.EcrException">Kind Configuration: no region from any source, or conflicting endpoint options.</exception>
    public static async Task<EcrClient> CreateAsync(EcrClientOptions options, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        return await CreateWithEnvironmentAsync(options, AwsEnvironment.Process, cancellationToken).ConfigureAwait(false);
    }

    // The CLI passes its own view of the environment, so its tests control every variable the chain reads.
    internal static async Task<EcrClient> CreateWithEnvironmentAsync(EcrClientOptions options, AwsEnvironment environment, CancellationToken cancellationToken)
    {
        string? discovered = null;
        if (options.UseInstanceMetadataRegion && options.Region is null && environment.Get("AWS_REGION") is null && environment.Get("AWS_DEFAULT_REGION") is null
            && LoadProfile(options, environment)?.ContainsKey("region") != true && !InstanceMetadataClient.IsDisabled(environment))
        {
            var imds = new InstanceMetadataClient(InstanceMetadataClient.ResolveEndpoint(environment), options.TimeProvider ?? TimeProvider.System);
            discovered = await imds.GetAsync("/latest/meta-data/placement/region", cancellationToken).ConfigureAwait(false);
        }

        return new EcrClient(options, environment, discovered);
    }

    /// <summary>The endpoint this client calls.</summary>
    public Uri Endpoint => _transport.Endpoint;

    internal EcrTransport Transport => _transport;

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

    private static IReadOnlyDictionary<string, string>? LoadProfile(EcrClientOptions options, AwsEnvironment environment) =>
        SharedConfig.Load(environment).Profile(SharedConfig.ProfileName(options.ProfileName, environment));

    private static string? ProfileValue(Lazy<IReadOnlyDictionary<string, string>?> profile, string key) =>
        profile.Value is { } values && values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static Uri ParseEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new Errors.EcrException(Errors.EcrErrorKind.Configuration, $"AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL holds '{value}', which is not an absolute URL.");
}
