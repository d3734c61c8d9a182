using System;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>The answer of one credential source: credentials, or why it was skipped.</summary>
internal readonly struct CredentialLookup
{
    private CredentialLookup(AwsCredentials? credentials, string? skipReason)
    {
        Credentials = credentials;
        SkipReason = skipReason;
    }

    public AwsCredentials? Credentials { get; }

    public string? SkipReason { get; }

    public static CredentialLookup Found(AwsCredentials credentials) => new(credentials, null);

    public static CredentialLookup Skip(string reason) => new(null, reason);

    /// <summary>For a provider used on its own: the credentials, or a Configuration error saying why there are none.</summary>
    public AwsCredentials OrThrow(string sourceName) =>
        Credentials ?? throw new EcrException(EcrErrorKind.Configuration, $"No AWS credentials from {sourceName}: {SkipReason}");
}
