using System;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>Credentials from <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>AWS_SESSION_TOKEN</c>, read on every call.</summary>
public sealed class EnvironmentCredentialsProvider : IAwsCredentialsProvider
{
    private readonly Func<string, string?> _getVariable;

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentialsProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    internal EnvironmentCredentialsProvider(Func<string, string?> getVariable)
    {
        _getVariable = getVariable;
    }

    /// <inheritdoc />
    /// <exception cref="EcrException">Kind Configuration: the variables are not set.</exception>
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keyId = _getVariable("AWS_ACCESS_KEY_ID");
        var secret = _getVariable("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(secret))
        {
            throw new EcrException(EcrErrorKind.Configuration, "No AWS credentials: set EcrClientOptions.Credentials, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
        }

        var token = _getVariable("AWS_SESSION_TOKEN");
        return new ValueTask<AwsCredentials>(new AwsCredentials(keyId!, secret!, string.IsNullOrEmpty(token) ? null : token));
    }
}
