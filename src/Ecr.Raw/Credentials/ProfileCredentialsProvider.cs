using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;
using Ecr.Raw.Sts;

namespace Ecr.Raw.Credentials;

/// <summary>
/// A profile of the shared config and credentials files: static keys (with a session token), <c>credential_process</c>,
/// <c>role_arn</c> with <c>source_profile</c> (STS AssumeRole, chains followed, loops detected) or with
/// <c>web_identity_token_file</c>. A profile named explicitly that does not exist is an error.
/// </summary>
public sealed class ProfileCredentialsProvider : IAwsCredentialsProvider, ICredentialSource
{
    private readonly AwsEnvironment _environment;
    private readonly AwsCredentialsOptions _options;

    /// <summary>Reads the profile from options, else <c>AWS_PROFILE</c>, else <c>default</c>.</summary>
    /// <param name="options">Profile name, STS endpoint and clock; defaults when <see langword="null"/>.</param>
    public ProfileCredentialsProvider(AwsCredentialsOptions? options = null)
        : this(AwsEnvironment.Process, options ?? new AwsCredentialsOptions())
    {
    }

    internal ProfileCredentialsProvider(AwsEnvironment environment, AwsCredentialsOptions options)
    {
        _environment = environment;
        _options = options;
    }

    string ICredentialSource.SourceName => "shared files";

    TimeSpan ICredentialSource.RefreshBefore => TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        (await ((ICredentialSource)this).LookupAsync(cancellationToken).ConfigureAwait(false)).OrThrow("the shared files");

    async ValueTask<CredentialLookup> ICredentialSource.LookupAsync(CancellationToken cancellationToken)
    {
        var shared = SharedConfig.Load(_environment);
        var explicitName = _options.ProfileName ?? _environment.Get("AWS_PROFILE");
        var name = explicitName ?? "default";
        var profile = shared.Profile(name);
        if (profile is null)
        {
            if (explicitName is not null)
            {
                throw new EcrException(EcrErrorKind.Configuration, $"The AWS profile '{name}' does not exist in {shared.ConfigPath} or {shared.CredentialsPath}.");
            }

            return CredentialLookup.Skip($"no [default] profile in {shared.ConfigPath} or {shared.CredentialsPath}");
        }

        var credentials = await ResolveAsync(shared, name, [], cancellationToken).ConfigureAwait(false);
        return credentials is null
            ? CredentialLookup.Skip($"profile '{name}' holds no credentials")
            : CredentialLookup.Found(credentials);
    }

    private async Task<AwsCredentials?> ResolveAsync(SharedConfig shared, string name, List<string> visited, CancellationToken cancellationToken)
    {
        if (visited.Contains(name))
        {
            throw new EcrException(EcrErrorKind.Configuration, $"The AWS profiles form a loop: {string.Join(" -> ", visited)} -> {name}.");
        }

        visited.Add(name);
        var profile = shared.Profile(name)
            ?? throw new EcrException(EcrErrorKind.Configuration, $"The AWS profile '{name}' (a source_profile of '{visited[0]}') does not exist.");
        profile.TryGetValue("region", out var region);

        if (profile.TryGetValue("role_arn", out var roleArn) && roleArn.Length > 0)
        {
            var sessionName = profile.TryGetValue("role_session_name", out var session) && session.Length > 0
                ? session
                : WebIdentityCredentialsProvider.DefaultSessionName(_options.TimeProvider);
            if (profile.TryGetValue("web_identity_token_file", out var tokenFile) && tokenFile.Length > 0)
            {
                return await WebIdentityCredentialsProvider.AssumeAsync(_environment, _options, roleArn, tokenFile, sessionName, region, cancellationToken).ConfigureAwait(false);
            }

            if (!profile.TryGetValue("source_profile", out var sourceName) || sourceName.Length == 0)
            {
                throw new EcrException(EcrErrorKind.Configuration, $"Profile '{name}' has role_arn but neither source_profile nor web_identity_token_file.");
            }

            // A profile may name itself as source: its own static keys then sign the AssumeRole.
            var source = sourceName == name ? StaticKeys(profile) : await ResolveAsync(shared, sourceName, visited, cancellationToken).ConfigureAwait(false);
            if (source is null)
            {
                throw new EcrException(EcrErrorKind.Configuration, $"The source_profile '{sourceName}' of profile '{name}' holds no credentials.");
            }

            profile.TryGetValue("external_id", out var externalId);
            var sts = StsEndpointResolver.Create(_environment, _options, region);
            return await sts.AssumeRoleAsync(roleArn, sessionName, string.IsNullOrEmpty(externalId) ? null : externalId, source, cancellationToken).ConfigureAwait(false);
        }

        if (StaticKeys(profile) is { } keys)
        {
            return keys;
        }

        if (profile.TryGetValue("credential_process", out var command) && command.Length > 0)
        {
            return await CredentialProcess.RunAsync(command, name, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static AwsCredentials? StaticKeys(IReadOnlyDictionary<string, string> profile)
    {
        if (profile.TryGetValue("aws_access_key_id", out var keyId) && keyId.Length > 0
            && profile.TryGetValue("aws_secret_access_key", out var secret) && secret.Length > 0)
        {
            profile.TryGetValue("aws_session_token", out var token);
            return new AwsCredentials(keyId, secret, string.IsNullOrEmpty(token) ? null : token);
        }

        return null;
    }
}
