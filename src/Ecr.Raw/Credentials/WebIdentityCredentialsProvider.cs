using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;
using Ecr.Raw.Sts;

namespace Ecr.Raw.Credentials;

/// <summary>
/// EKS IRSA and other OIDC federation: the token in <c>AWS_WEB_IDENTITY_TOKEN_FILE</c> (re-read on every refresh)
/// exchanged for the role <c>AWS_ROLE_ARN</c> through STS <c>AssumeRoleWithWebIdentity</c>.
/// </summary>
public sealed class WebIdentityCredentialsProvider : IAwsCredentialsProvider, ICredentialSource
{
    private readonly AwsEnvironment _environment;
    private readonly AwsCredentialsOptions _options;
    private readonly string? _roleArn;
    private readonly string? _tokenFile;
    private readonly string? _sessionName;

    /// <summary>Uses <c>AWS_WEB_IDENTITY_TOKEN_FILE</c>, <c>AWS_ROLE_ARN</c> and <c>AWS_ROLE_SESSION_NAME</c>.</summary>
    public WebIdentityCredentialsProvider()
        : this(new AwsCredentialsOptions())
    {
    }

    /// <summary>Uses <c>AWS_WEB_IDENTITY_TOKEN_FILE</c>, <c>AWS_ROLE_ARN</c> and <c>AWS_ROLE_SESSION_NAME</c>.</summary>
    /// <param name="options">STS endpoint and clock.</param>
    public WebIdentityCredentialsProvider(AwsCredentialsOptions options)
        : this(AwsEnvironment.Process, options ?? new AwsCredentialsOptions(), null, null, null)
    {
    }

    /// <summary>Uses the given role and token file.</summary>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="tokenFile">The file holding the OIDC token.</param>
    /// <param name="sessionName">The role session name; generated when <see langword="null"/>.</param>
    /// <param name="options">STS endpoint and clock; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="roleArn"/> or <paramref name="tokenFile"/> is empty.</exception>
    public WebIdentityCredentialsProvider(string roleArn, string tokenFile, string? sessionName = null, AwsCredentialsOptions? options = null)
        : this(AwsEnvironment.Process, options ?? new AwsCredentialsOptions(), Require(roleArn, nameof(roleArn)), Require(tokenFile, nameof(tokenFile)), sessionName)
    {
    }

    internal WebIdentityCredentialsProvider(AwsEnvironment environment, AwsCredentialsOptions options, string? roleArn, string? tokenFile, string? sessionName)
    {
        _environment = environment;
        _options = options;
        _roleArn = roleArn;
        _tokenFile = tokenFile;
        _sessionName = sessionName;
    }

    string ICredentialSource.SourceName => "web identity";

    TimeSpan ICredentialSource.RefreshBefore => TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        (await ((ICredentialSource)this).LookupAsync(cancellationToken).ConfigureAwait(false)).OrThrow("web identity");

    async ValueTask<CredentialLookup> ICredentialSource.LookupAsync(CancellationToken cancellationToken)
    {
        var tokenFile = _tokenFile ?? _environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE");
        var roleArn = _roleArn ?? _environment.Get("AWS_ROLE_ARN");
        if (tokenFile is null)
        {
            return CredentialLookup.Skip("AWS_WEB_IDENTITY_TOKEN_FILE is not set");
        }

        if (roleArn is null)
        {
            return CredentialLookup.Skip("AWS_ROLE_ARN is not set");
        }

        var sessionName = _sessionName ?? _environment.Get("AWS_ROLE_SESSION_NAME") ?? DefaultSessionName(_options.TimeProvider);
        return CredentialLookup.Found(await AssumeAsync(_environment, _options, roleArn, tokenFile, sessionName, null, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<AwsCredentials> AssumeAsync(AwsEnvironment environment, AwsCredentialsOptions options, string roleArn, string tokenFile, string sessionName, string? region, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = File.ReadAllText(environment.ExpandHome(tokenFile)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EcrException(EcrErrorKind.Configuration, $"The web identity token file '{tokenFile}' cannot be read: {ex.Message}", innerException: ex);
        }

        var sts = StsEndpointResolver.Create(environment, options, region);
        return await sts.AssumeRoleWithWebIdentityAsync(roleArn, sessionName, token, cancellationToken).ConfigureAwait(false);
    }

    internal static string DefaultSessionName(TimeProvider time) =>
        "ecr-raw-" + time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Require(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("The value must not be empty.", name) : value;
}
