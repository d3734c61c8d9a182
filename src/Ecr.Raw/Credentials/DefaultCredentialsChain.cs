using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// The AWS SDKs' default credential chain, in their order: credentials given in code, the environment, web identity
/// (EKS IRSA), the shared config and credentials files, the container endpoint (ECS, EKS Pod Identity), EC2 instance
/// metadata. The first source that applies is used from then on, cached and refreshed before expiry. When none applies,
/// the error lists every source and why it was skipped, with no secret in it.
/// </summary>
public sealed class DefaultCredentialsChain : IAwsCredentialsProvider, IExpirableCredentials
{
    private readonly ICredentialSource[] _sources;
    private readonly AwsCredentialsOptions _options;
    private readonly SemaphoreSlim _resolving = new(1, 1);
    private CachingCredentialsProvider? _resolved;

    /// <summary>Creates the chain.</summary>
    /// <param name="staticCredentials">Credentials given in code, tried first; <see langword="null"/> for none.</param>
    /// <param name="options">Profile, STS endpoint, clock and IMDS settings; defaults when <see langword="null"/>.</param>
    public DefaultCredentialsChain(AwsCredentials? staticCredentials = null, AwsCredentialsOptions? options = null)
        : this(AwsEnvironment.Process, staticCredentials, options ?? new AwsCredentialsOptions())
    {
    }

    internal DefaultCredentialsChain(AwsEnvironment environment, AwsCredentials? staticCredentials, AwsCredentialsOptions options)
    {
        _options = options;
        _sources =
        [
            new StaticSource(staticCredentials),
            new EnvironmentCredentialsProvider(environment),
            new WebIdentityCredentialsProvider(environment, options, null, null, null),
            new ProfileCredentialsProvider(environment, options),
            new ContainerCredentialsProvider(environment, options),
            new InstanceMetadataCredentialsProvider(environment, options),
        ];
    }

    /// <summary>The name of the source in use (for example <c>environment</c>), or <see langword="null"/> before the first call.</summary>
    public string? SourceInUse { get; private set; }

    /// <inheritdoc />
    /// <exception cref="EcrException">Kind Configuration when no source applies; a source's own error when it applies but fails.</exception>
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _resolved) is { } resolved)
        {
            return await resolved.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        }

        await _resolving.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_resolved is { } raced)
            {
                return await raced.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            }

            var skipped = new List<string>();
            foreach (var source in _sources)
            {
                var lookup = await source.LookupAsync(cancellationToken).ConfigureAwait(false);
                if (lookup.Credentials is { } credentials)
                {
                    SourceInUse = source.SourceName;
                    Volatile.Write(ref _resolved, new CachingCredentialsProvider(
                        async ct => (await source.LookupAsync(ct).ConfigureAwait(false)).OrThrow(source.SourceName),
                        source.RefreshBefore,
                        _options.TimeProvider,
                        _options.StaleCredentialsGrace,
                        credentials));
                    return credentials;
                }

                skipped.Add($"{skipped.Count + 1}. {source.SourceName}: {lookup.SkipReason}");
            }

            throw new EcrException(EcrErrorKind.Configuration, "No AWS credentials found. Sources tried, in order: " + string.Join("; ", skipped) + ".");
        }
        finally
        {
            _resolving.Release();
        }
    }

    void IExpirableCredentials.MarkExpired(AwsCredentials credentials) =>
        ((IExpirableCredentials?)Volatile.Read(ref _resolved))?.MarkExpired(credentials);

    private sealed class StaticSource(AwsCredentials? credentials) : ICredentialSource
    {
        public string SourceName => "credentials given in code";

        public TimeSpan RefreshBefore => TimeSpan.Zero;

        public ValueTask<CredentialLookup> LookupAsync(CancellationToken cancellationToken) =>
            new(credentials is null ? CredentialLookup.Skip("none given") : CredentialLookup.Found(credentials));
    }
}
