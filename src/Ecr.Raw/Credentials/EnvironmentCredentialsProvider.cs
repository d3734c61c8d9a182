using System;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;

namespace Ecr.Raw.Credentials;

/// <summary>Credentials from <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>AWS_SESSION_TOKEN</c>, read on every call.</summary>
public sealed class EnvironmentCredentialsProvider : IAwsCredentialsProvider, ICredentialSource
{
    private readonly AwsEnvironment _environment;

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentialsProvider()
        : this(AwsEnvironment.Process)
    {
    }

    internal EnvironmentCredentialsProvider(AwsEnvironment environment)
    {
        _environment = environment;
    }

    string ICredentialSource.SourceName => "environment";

    TimeSpan ICredentialSource.RefreshBefore => TimeSpan.Zero;

    /// <inheritdoc />
    /// <exception cref="Errors.EcrException">Kind Configuration: the variables are not set.</exception>
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        (await ((ICredentialSource)this).LookupAsync(cancellationToken).ConfigureAwait(false)).OrThrow("the environment");

    ValueTask<CredentialLookup> ICredentialSource.LookupAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keyId = _environment.Get("AWS_ACCESS_KEY_ID");
        var secret = _environment.Get("AWS_SECRET_ACCESS_KEY");
        if (keyId is null || secret is null)
        {
            return new(CredentialLookup.Skip(keyId is null ? "AWS_ACCESS_KEY_ID is not set" : "AWS_SECRET_ACCESS_KEY is not set"));
        }

        return new(CredentialLookup.Found(new AwsCredentials(keyId, secret, _environment.Get("AWS_SESSION_TOKEN"))));
    }
}
