using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// The EC2 instance profile through IMDSv2: the role name from <c>/latest/meta-data/iam/security-credentials/</c>, then
/// its credentials. Endpoint and mode from <c>AWS_EC2_METADATA_SERVICE_ENDPOINT[_MODE]</c>; off with
/// <c>AWS_EC2_METADATA_DISABLED=true</c>. Off EC2 it gives up within about 2 seconds.
/// </summary>
public sealed class InstanceMetadataCredentialsProvider : IAwsCredentialsProvider, ICredentialSource
{
    private const string CredentialsPath = "/latest/meta-data/iam/security-credentials/";
    private readonly AwsEnvironment _environment;
    private readonly AwsCredentialsOptions _options;
    private InstanceMetadataClient? _client;

    /// <summary>Reads the process environment.</summary>
    /// <param name="options">The clock; defaults when <see langword="null"/>.</param>
    public InstanceMetadataCredentialsProvider(AwsCredentialsOptions? options = null)
        : this(AwsEnvironment.Process, options ?? new AwsCredentialsOptions())
    {
    }

    internal InstanceMetadataCredentialsProvider(AwsEnvironment environment, AwsCredentialsOptions options)
    {
        _environment = environment;
        _options = options;
    }

    string ICredentialSource.SourceName => "EC2 instance metadata";

    TimeSpan ICredentialSource.RefreshBefore => TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        (await ((ICredentialSource)this).LookupAsync(cancellationToken).ConfigureAwait(false)).OrThrow("the EC2 instance metadata service");

    async ValueTask<CredentialLookup> ICredentialSource.LookupAsync(CancellationToken cancellationToken)
    {
        if (!_options.UseInstanceMetadata || InstanceMetadataClient.IsDisabled(_environment))
        {
            return CredentialLookup.Skip("turned off (AWS_EC2_METADATA_DISABLED or AwsCredentialsOptions.UseInstanceMetadata)");
        }

        var client = _client ??= new InstanceMetadataClient(InstanceMetadataClient.ResolveEndpoint(_environment), _options.TimeProvider);
        string role;
        try
        {
            role = (await client.GetAsync(CredentialsPath, cancellationToken).ConfigureAwait(false)).Split('\n')[0].Trim();
        }
        catch (EcrException ex) when (ex.Kind is EcrErrorKind.Timeout or EcrErrorKind.Network)
        {
            // Not on EC2: a reason to move on, not a failure.
            return CredentialLookup.Skip(ex.Message);
        }

        if (role.Length == 0)
        {
            return CredentialLookup.Skip("the instance has no IAM role");
        }

        var document = await client.GetAsync(CredentialsPath + Uri.EscapeDataString(role), cancellationToken).ConfigureAwait(false);
        var values = CredentialJson.ReadFlat(Encoding.UTF8.GetBytes(document), "the EC2 instance metadata service");
        if (values.TryGetValue("Code", out var code) && code != "Success")
        {
            throw new EcrException(EcrErrorKind.AccessDenied, $"The instance metadata service refused credentials for role '{role}': {code}.");
        }

        return CredentialLookup.Found(CredentialJson.ToCredentials(values, "the EC2 instance metadata service", "Token"));
    }
}
